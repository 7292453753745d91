package org.safeledger.tipoff;

/** Whether the reporter is rewarded (有奖举报): granted with an amount, or declined with a reason. */
public enum RewardDecision {
    GRANTED,
    DECLINED;

    public String messageKey() {
        return "tipoffReward." + name();
    }
}
