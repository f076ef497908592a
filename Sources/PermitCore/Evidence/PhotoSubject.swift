/// What a photo shows, as the reviewer who took it tags it (seed 000
/// 三(二)2 照片重点要求).
public enum PhotoSubject: String, CaseIterable, Hashable, Sendable, Codable {
    /// 企业门牌号、企业铭牌 — the gate with its door number and the
    /// enterprise's nameplate, in one picture.
    case factoryGate = "factory-gate"
    /// 左右标志性建筑 — a landmark beside the site, so the place can be found again.
    case landmark
    /// 企业人员手指企业厂房 — where there is no landmark, a member of staff
    /// pointing at the enterprise's building.
    case staffPointing = "staff-pointing"
    /// 设备铭牌 — a key device with its nameplate readable.
    case deviceNameplate = "device-nameplate"
    /// 计量标识 — the metrology (calibration) label on a device.
    case metrologyLabel = "metrology-label"

    public var name: Bilingual {
        switch self {
        case .factoryGate: Bilingual("厂门口门牌号及铭牌", en: "factory gate with door number and nameplate")
        case .landmark: Bilingual("周边标志性建筑", en: "neighbouring landmark")
        case .staffPointing: Bilingual("企业人员手指企业厂房", en: "staff member pointing at the building")
        case .deviceNameplate: Bilingual("设备铭牌", en: "device nameplate")
        case .metrologyLabel: Bilingual("计量标识", en: "metrology label")
        }
    }

    /// Whether a photo of this subject is of one particular device.
    public var isOfDevice: Bool { self == .deviceNameplate || self == .metrologyLabel }
}
