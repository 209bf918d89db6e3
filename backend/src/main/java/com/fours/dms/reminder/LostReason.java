package com.fours.dms.reminder;

/** R-REM-5: why a customer was lost (流失原因), chosen from this list when the retention or lost call is closed. */
public enum LostReason {
    /** 搬家 / 不在本地 */
    MOVED_AWAY,
    /** 车辆已转卖 */
    VEHICLE_SOLD,
    /** 车辆已报废 */
    VEHICLE_SCRAPPED,
    /** 价格高 */
    PRICE,
    /** 对服务或维修质量不满意 */
    SERVICE_QUALITY,
    /** 等待时间长 */
    WAITING_TIME,
    /** 距离远 */
    TOO_FAR,
    /** 去了其他 4S 店 */
    OTHER_DEALER,
    /** 去了社会修理厂 / 快修店 */
    INDEPENDENT_GARAGE,
    /** 多次联系不上 */
    UNREACHABLE,
    /** 其他（写在备注里） */
    OTHER
}
