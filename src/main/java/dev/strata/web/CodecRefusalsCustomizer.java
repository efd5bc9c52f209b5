package dev.strata.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/** Puts {@link CodecRefusals} right behind the HTTP codec of every connection. */
@Component
class CodecRefusalsCustomizer implements NettyServerCustomizer {

    @Override
    public HttpServer apply(HttpServer server) {
        // Runs after Reactor Netty has set up its own handlers, so the codec is there to stand behind.
        return server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "strata.codecRefusals", new CodecRefusals());
            }
        });
    }
}
