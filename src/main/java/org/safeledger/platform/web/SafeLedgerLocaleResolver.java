package org.safeledger.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a request: the {@code lang} cookie set by the switcher; otherwise, for API calls only, the
 * {@code Accept-Language} header (integrators ask for English explicitly); otherwise zh-CN. Pages ignore the
 * browser's header on purpose: the product's language is Chinese unless the user switches.
 */
class SafeLedgerLocaleResolver extends CookieLocaleResolver {

    SafeLedgerLocaleResolver() {
        super("lang");
        setDefaultLocaleFunction(SafeLedgerLocaleResolver::defaultFor);
    }

    private static Locale defaultFor(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        // an error page dispatch (/error) answers for the API request that failed
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        if (header != null && uri.startsWith(request.getContextPath() + "/api/")) {
            var match = Locale.lookup(Locale.LanguageRange.parse(header), LocaleConfiguration.SUPPORTED);
            if (match != null) {
                return match;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        var supported = locale == null
                ? null
                : Locale.lookup(
                        List.of(new Locale.LanguageRange(locale.toLanguageTag())), LocaleConfiguration.SUPPORTED);
        super.setLocale(request, response, supported);
    }
}
