package org.safeledger.platform.web;

import java.util.List;
import java.util.Locale;
import org.safeledger.shared.CodeList;
import org.safeledger.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/code-lists/{name}}: a stable code list with each code's names in zh-CN and en. */
@RestController
@RequestMapping("/api/v1/code-lists")
class CodeListApi {

    private final List<CodeList> lists;
    private final MessageSource messages;

    CodeListApi(List<CodeList> lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    @GetMapping
    List<String> names() {
        return lists.stream().map(CodeList::name).sorted().toList();
    }

    @GetMapping("/{name}")
    View get(@PathVariable String name) {
        var list = lists.stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.codeList.notFound", name));
        var locale = LocaleContextHolder.getLocale();
        return new View(
                list.name(),
                list.codes().stream()
                        .map(code -> {
                            var key = list.messagePrefix() + "." + code;
                            return new Item(
                                    code,
                                    messages.getMessage(key, null, code, locale),
                                    messages.getMessage(key, null, code, Locale.SIMPLIFIED_CHINESE),
                                    messages.getMessage(key, null, code, Locale.ENGLISH));
                        })
                        .toList());
    }

    record View(String name, List<Item> items) {}

    record Item(String code, String name, String nameZh, String nameEn) {}
}
