package org.safeledger.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any filter or servlet sees the request (a path with an encoded NUL or
 * invalid UTF-8, a malformed request line): under {@code /api/} an RFC 9457 problem like every other API error,
 * elsewhere Tomcat's page without its version.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** The host's error report: a problem for the API, Tomcat's own report (without server details) otherwise. */
    public static class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowServerInfo(false);
            setShowReport(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            var uri = request.getRequestURI();
            int status = response.getStatus();
            if (uri == null || !uri.startsWith("/api/") || status < 400 || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            var allowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
            if (!allowed.get()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(problem(request.getLocale(), status));
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away or the response was committed: nothing more to say
            }
        }

        private static String problem(Locale requested, int status) {
            var bundle = bundle(requested);
            return "{\"type\":\"about:blank\",\"title\":\"" + json(text(bundle, "problem.title." + status, "Error"))
                    + "\",\"status\":" + status + ",\"detail\":\""
                    + json(text(bundle, "error.status." + status, text(bundle, "error.status.other", "")))
                    + "\"}";
        }

        /** zh-CN unless the request asks for English, as the application's own locale resolver decides. */
        private static ResourceBundle bundle(Locale requested) {
            var locale = "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            return ResourceBundle.getBundle("messages", locale, ProblemReportValve.class.getClassLoader());
        }

        private static String text(ResourceBundle bundle, String key, String fallback) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return fallback;
            }
        }

        private static String json(String text) {
            var escaped = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    escaped.append('\\').append(c);
                } else if (c < 0x20) {
                    escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    escaped.append(c);
                }
            }
            return escaped.toString();
        }
    }
}
