package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HazardStepTests {

    @Test
    void everyActionTakesAStepOfItsOwnAndNoStepServesTwoActions() throws ReflectiveOperationException {
        var actions = new ArrayList<HazardAction>();
        for (var type : HazardStep.class.getPermittedSubclasses()) {
            var components = type.getRecordComponents();
            var types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            var step = (HazardStep) type.getDeclaredConstructor(types).newInstance(new Object[components.length]);
            actions.add(step.action());
        }
        assertThat(actions).containsExactlyInAnyOrder(HazardAction.values());
    }

    @Test
    void thePagesSubmitWithUploadedFilesKeepsEverythingElseOfTheStep() {
        var step = new HazardStep.Submit(3, "已整改", List.of(1L), 1200L).withAttachmentIds(List.of(1L, 2L));
        assertThat(step).isEqualTo(new HazardStep.Submit(3, "已整改", List.of(1L, 2L), 1200L));
    }
}
