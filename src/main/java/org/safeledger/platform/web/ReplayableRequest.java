package org.safeledger.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A request whose body has been read once (to fingerprint or to measure it) and can be read again by the application. */
public class ReplayableRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final boolean tooLarge;

    /** Reads at most {@code limit} bytes; a longer body is marked {@link #tooLarge()} and must be refused. */
    public ReplayableRequest(HttpServletRequest request, int limit) throws IOException {
        super(request);
        var read = request.getInputStream().readNBytes(limit + 1);
        this.tooLarge = read.length > limit;
        this.body = tooLarge ? new byte[0] : read;
    }

    public boolean tooLarge() {
        return tooLarge;
    }

    public byte[] body() {
        return body.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
        var in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body is already in memory: read it synchronously");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        var encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }
}
