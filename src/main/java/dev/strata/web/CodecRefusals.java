package dev.strata.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Gives a problem body to the error answers Reactor Netty writes itself, below Spring, with an
 * empty body: the codec's refusals (a request line over its limit: 414; headers over theirs: 431;
 * a request or a chunked body that is not HTTP: 400) and the 400 for a request target that is not
 * a URI (a bare {@code %}). It sits right behind the HTTP codec, so every answer passes it on its
 * way out. Answers to HEAD keep their empty body. One instance per connection.
 */
class CodecRefusals extends ChannelDuplexHandler {

    /** For each request read and not yet answered to its end, in order: whether it is a HEAD. */
    private final Deque<Boolean> heads = new ArrayDeque<>();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            heads.addLast(HttpMethod.HEAD.equals(request.method()));
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        // A 100 Continue is a full response too, but not the end of an answer.
        boolean interim = msg instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
        Object out = msg;
        if (!interim && msg instanceof FullHttpResponse response && bodiless(response) && !Boolean.TRUE.equals(heads.peekFirst())) {
            out = withProblem(response);
        }
        if (!interim && msg instanceof LastHttpContent) {
            heads.pollFirst();
        }
        ctx.write(out, promise);
    }

    private static boolean bodiless(FullHttpResponse response) {
        return response.status().code() >= 400 && !response.content().isReadable()
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE) && HttpStatus.resolve(response.status().code()) != null;
    }

    private static FullHttpResponse withProblem(FullHttpResponse response) {
        byte[] body = Problems.json(Problems.forStatus(HttpStatus.valueOf(response.status().code())));
        FullHttpResponse answer = response.replace(Unpooled.wrappedBuffer(body));
        response.release();
        answer.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return answer;
    }
}
