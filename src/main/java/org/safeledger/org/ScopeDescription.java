package org.safeledger.org;

import java.util.Locale;
import java.util.stream.Collectors;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.RegionCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A data scope in words, for the pages: "内蒙古自治区 / 阿拉善盟 / 阿拉善左旗 · 煤矿, 非煤矿山". */
@Component
public class ScopeDescription {

    private final RegionDirectory regions;
    private final Enterprises enterprises;
    private final MessageSource messages;

    ScopeDescription(RegionDirectory regions, Enterprises enterprises, MessageSource messages) {
        this.regions = regions;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    public String describe(DataScope scope) {
        Locale locale = LocaleContextHolder.getLocale();
        var text = new StringBuilder();
        if (scope.region().equals(RegionCode.COUNTRY)) {
            text.append(messages.getMessage("scope.country", null, locale));
        } else {
            text.append(regions.path(scope.region().value()).stream()
                    .map(Region::name)
                    .collect(Collectors.joining(" / ")));
        }
        if (!scope.sectors().isEmpty()) {
            text.append(" · ")
                    .append(scope.sectors().stream()
                            .map(s -> messages.getMessage(s.messageKey(), null, locale))
                            .collect(Collectors.joining(", ")));
        }
        if (scope.enterpriseId() != null) {
            enterprises
                    .findUnscoped(scope.enterpriseId())
                    .ifPresent(e -> text.append(" · ").append(e.name()));
        }
        return text.toString();
    }
}
