package org.safeledger.responsibility;

import java.util.List;
import java.util.Objects;
import org.safeledger.identity.Recipients;
import org.safeledger.identity.Recipients.Recipient;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * The accounts holding a position of the responsibility chain now (enabled accounts only): what every feature's
 * alerts ask before the notification module delivers.
 */
@Service
public class AddressBook {

    private final Recipients recipients;
    private final DepartmentDirectory departments;
    private final ResponsibilityMatrix matrix;

    AddressBook(Recipients recipients, DepartmentDirectory departments, ResponsibilityMatrix matrix) {
        this.recipients = recipients;
        this.departments = departments;
        this.matrix = matrix;
    }

    public List<Recipient> accounts(Addressee a) {
        return switch (a.group()) {
            case ENTERPRISE_PRINCIPALS -> recipients.enterprisePrincipals(id(a));
            case ENTERPRISE_ACCOUNTS -> recipients.enterpriseAccounts(id(a));
            case DEPARTMENT_HEADS -> recipients.departmentHeads(id(a));
            case DEPARTMENT_STAFF -> recipients.departmentStaff(List.of(id(a)));
            case SUPERVISING_STAFF ->
                recipients.departmentStaff(
                        departments.supervising(region(a), Objects.requireNonNull(a.sector())).stream()
                                .map(Department::id)
                                .toList());
            case REGION_LEADERS -> recipients.regionLeaders(region(a));
            case ACCOUNT -> recipients.account(id(a));
            case ACCOUNTABLE -> accountable(a);
        };
    }

    /** The matrix's answer today; a region whose matrix names no one with an account falls back to its leaders. */
    private List<Recipient> accountable(Addressee a) {
        var ids = matrix.accountableAccounts(region(a), a.sector(), a.id());
        if (ids.isEmpty()) {
            return recipients.regionLeaders(region(a));
        }
        return ids.stream().flatMap(id -> recipients.account(id).stream()).toList();
    }

    /** Several positions at once, each account once, in the order given. */
    public List<Recipient> accounts(Addressee first, Addressee... more) {
        var all = new java.util.LinkedHashMap<Long, Recipient>();
        accounts(first).forEach(r -> all.putIfAbsent(r.userId(), r));
        for (var a : more) {
            accounts(a).forEach(r -> all.putIfAbsent(r.userId(), r));
        }
        return List.copyOf(all.values());
    }

    private static long id(Addressee a) {
        return Objects.requireNonNull(a.id(), a.group() + " names an id");
    }

    private static RegionCode region(Addressee a) {
        return new RegionCode(Objects.requireNonNull(a.regionCode(), a.group() + " names a region"));
    }
}
