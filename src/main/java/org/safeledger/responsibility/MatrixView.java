package org.safeledger.responsibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/**
 * A region's matrix as of a day: its first-responsible leaders and the leader in charge of work safety, for each
 * sector the leader answering for it and the departments supervising it (三管三必须), and every post with its
 * history.
 */
public record MatrixView(
        String regionCode,
        String regionName,
        LocalDate asOf,
        @Nullable Leader partySecretary,
        @Nullable Leader governmentHead,
        @Nullable Leader safetyLeader,
        List<InCharge> inCharge,
        List<SectorDepartment> departments,
        List<PostView> posts,
        boolean mayMaintain) {

    /** The departments supervising the sector in the region. */
    public List<SectorDepartment> departmentsOf(Sector sector) {
        return departments.stream().filter(d -> d.sector() == sector).toList();
    }

    /** A post's holder on the day; {@code userId} when the person has an account. */
    public record Leader(
            long postId,
            String post,
            long personId,
            String name,
            @Nullable Long userId,
            LocalDate since) {}

    /** The leader answering for a sector; {@code bySafetyLeader} when no one else has it in charge. */
    public record InCharge(Sector sector, List<Leader> leaders, boolean bySafetyLeader) {}

    public record SectorDepartment(Sector sector, long departmentId, String name) {}

    /** A post with its holder on the day and its history; {@code vacatable} while a term is open. */
    public record PostView(
            long id,
            String regionCode,
            MatrixRole role,
            String title,
            Set<Sector> sectors,
            @Nullable Leader holder,
            List<Holding> history,
            boolean vacatable,
            int version) {}
}
