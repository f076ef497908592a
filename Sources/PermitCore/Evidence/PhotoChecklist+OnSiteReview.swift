/// The photos of seed 000 三(二)2 (照片重点要求), node by node of the
/// licence on-site review.
extension PhotoChecklist {
    /// The table (一览表) asks photos of the two equipment checks only, but
    /// the premises (拍摄企业厂址) are photographed on arrival; they are
    /// asked of 进厂环节 so the reviewer is reminded while still at the gate.
    public static let licenseOnSiteReview: [PhotoChecklist] = [
        PhotoChecklist(node: NodeKey(rawValue: "factory-entry")!, items: [factoryGate, surroundings]),
        PhotoChecklist(node: NodeKey(rawValue: "production-equipment")!, items: [deviceNameplates]),
        // 检验设备有计量标识的，在标识位置拍摄一张: the rule names the
        // inspection devices, which are what calibration applies to.
        PhotoChecklist(node: NodeKey(rawValue: "inspection-equipment")!, items: [deviceNameplates, metrologyLabels]),
    ]

    /// 需拍摄企业门牌号、企业铭牌一张.
    static let factoryGate = PhotoChecklistItem(
        id: "factory-gate", name: Bilingual("厂门口门牌号及铭牌", en: "Factory gate with door number and nameplate"),
        scope: .site, ways: [PhotoCount(.factoryGate, 1)]
    )

    /// 左右标志性建筑两至三张；无标志性建筑的，让企业人员手指企业厂房拍摄一张.
    /// Two is what is required; a third is welcome but not asked for.
    static let surroundings = PhotoChecklistItem(
        id: "surroundings",
        name: Bilingual(
            "左右标志性建筑两至三张；无标志性建筑的，企业人员手指企业厂房一张",
            en: "Two or three neighbouring landmarks; where there are none, a staff member pointing at the building"
        ),
        scope: .site, ways: [PhotoCount(.landmark, 2), PhotoCount(.staffPointing, 1)]
    )

    /// 必备关键生产设备、检验设备各一张，需拍摄到设备铭牌.
    static let deviceNameplates = PhotoChecklistItem(
        id: "device-nameplates", name: Bilingual("每台必备关键设备一张，拍到设备铭牌", en: "Each mandatory key device, nameplate showing"),
        scope: .eachDevice, ways: [PhotoCount(.deviceNameplate, 1)]
    )

    static let metrologyLabels = PhotoChecklistItem(
        id: "metrology-labels", name: Bilingual("有计量标识的设备，在标识位置一张", en: "The metrology label of each device that has one"),
        scope: .eachLabelledDevice, ways: [PhotoCount(.metrologyLabel, 1)]
    )

    public static func licenseOnSiteReview(_ node: NodeKey) -> PhotoChecklist? {
        licenseOnSiteReview.first { $0.node == node }
    }
}
