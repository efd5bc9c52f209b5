package dev.strata.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Answers the requests the HTTP codec could not decode (a request line over its limit: 414;
 * headers over theirs: 431; anything else that is not HTTP: 400) with problem JSON and closes the
 * connection, as Reactor Netty would, but with a body. It sits between the codec and Reactor
 * Netty's traffic handler, so a refused request never reaches the server. When earlier requests of
 * the same connection are still being answered (pipelining), the refusal waits for their last
 * byte, so answers stay in request order. One instance per connection.
 */
class CodecRefusals extends ChannelDuplexHandler {

    private static final Logger log = LoggerFactory.getLogger(CodecRefusals.class);

    /** Requests passed on whose answer has not been written to its end. */
    private int unanswered;
    private @Nullable FullHttpResponse refusal;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refusal != null) {
            // The codec discards what follows a bad message; anything else that still arrives is dropped too.
            ReferenceCountUtil.release(msg);
            return;
        }
        if (!(msg instanceof HttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (request.decoderResult().isSuccess()) {
            unanswered++;
            ctx.fireChannelRead(msg);
            return;
        }
        Throwable cause = request.decoderResult().cause();
        log.debug("Refused an undecodable request: {}", cause.toString());
        ReferenceCountUtil.release(msg);
        ctx.channel().config().setAutoRead(false);
        refusal = response(status(cause));
        if (unanswered == 0) {
            send(ctx);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        // A 100 Continue is a full response too, but not the end of an answer.
        boolean interim = msg instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
        ctx.write(msg, promise);
        if (msg instanceof LastHttpContent && !interim) {
            unanswered = Math.max(0, unanswered - 1);
            if (unanswered == 0) {
                send(ctx);
            }
        }
    }

    private void send(ChannelHandlerContext ctx) {
        FullHttpResponse response = refusal;
        if (response != null) {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    static HttpStatus status(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return HttpStatus.URI_TOO_LONG;
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private static FullHttpResponse response(HttpStatus status) {
        byte[] body = Problems.json(Problems.forStatus(status));
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status.value()),
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}
