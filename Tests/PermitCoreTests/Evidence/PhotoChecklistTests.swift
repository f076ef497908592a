import PermitCore
import Testing

@Suite("Photo checklist — 照片重点要求 of seed 000 (REC-4)")
struct PhotoChecklistTests {
    static let entry = PhotoChecklist.licenseOnSiteReview(NodeKey(rawValue: "factory-entry")!)!
    static let production = PhotoChecklist.licenseOnSiteReview(NodeKey(rawValue: "production-equipment")!)!
    static let inspection = PhotoChecklist.licenseOnSiteReview(NodeKey(rawValue: "inspection-equipment")!)!

    @Test("Each checklist belongs to a node of the on-site review, once")
    func nodes() {
        let review = ProcessDefinition.licenseOnSiteReview
        let nodes = PhotoChecklist.licenseOnSiteReview.map(\.node)
        #expect(nodes.allSatisfy { review.node($0) != nil })
        #expect(Set(nodes).count == nodes.count)
        #expect(PhotoChecklist.licenseOnSiteReview(NodeKey(rawValue: "first-meeting")!) == nil)
        for checklist in PhotoChecklist.licenseOnSiteReview {
            #expect(Set(checklist.items.map(\.id)).count == checklist.items.count)
        }
    }

    @Test("Arriving with nothing: the gate, and two landmarks or one staff member pointing")
    func entryEmpty() {
        let missing = Self.entry.missing(photos: [], devices: [])
        #expect(missing == [
            PhotoShortfall(item: "factory-gate", device: nil, wanting: [PhotoCount(.factoryGate, 1)]),
            PhotoShortfall(item: "surroundings", device: nil, wanting: [PhotoCount(.landmark, 2), PhotoCount(.staffPointing, 1)]),
        ])
        #expect(missing[1].message == Bilingual(
            "还缺照片：周边标志性建筑 2 张，或企业人员手指企业厂房 1 张",
            en: "Photos still needed: 2 × neighbouring landmark, or 1 × staff member pointing at the building"
        ))
    }

    @Test("One landmark leaves one to take, or the staff photo instead")
    func oneLandmark() {
        let missing = Self.entry.missing(photos: [TaggedPhoto(.factoryGate), TaggedPhoto(.landmark)], devices: [])
        #expect(missing == [PhotoShortfall(item: "surroundings", device: nil, wanting: [PhotoCount(.landmark, 1), PhotoCount(.staffPointing, 1)])])
    }

    @Test("Either way meets the surroundings", arguments: [
        [TaggedPhoto(.landmark), TaggedPhoto(.landmark)],
        [TaggedPhoto(.landmark), TaggedPhoto(.landmark), TaggedPhoto(.landmark)],
        [TaggedPhoto(.staffPointing)],
    ])
    func surroundingsMet(photos: [TaggedPhoto]) {
        #expect(Self.entry.missing(photos: photos + [TaggedPhoto(.factoryGate)], devices: []).isEmpty)
    }

    @Test("Each mandatory device needs its nameplate photo; two of one name need two")
    func devices() {
        let devices = [KeyDevice(name: "拉丝机"), KeyDevice(name: "挤塑机"), KeyDevice(name: "挤塑机"), KeyDevice(name: "成圈机")]
        let photos = [
            TaggedPhoto(.deviceNameplate, device: " 拉丝机 "),
            TaggedPhoto(.deviceNameplate, device: "挤塑机"),
            // Not a key device of this node, and a nameplate nobody said whose: neither counts.
            TaggedPhoto(.deviceNameplate, device: "叉车"),
            TaggedPhoto(.deviceNameplate),
            // A label photo is not a nameplate photo.
            TaggedPhoto(.metrologyLabel, device: "成圈机"),
        ]
        let missing = Self.production.missing(photos: photos, devices: devices)
        #expect(missing == [
            PhotoShortfall(item: "device-nameplates", device: "挤塑机", wanting: [PhotoCount(.deviceNameplate, 1)]),
            PhotoShortfall(item: "device-nameplates", device: "成圈机", wanting: [PhotoCount(.deviceNameplate, 1)]),
        ])
        #expect(missing[1].message == Bilingual("还缺照片：设备铭牌（成圈机）1 张", en: "Photos still needed: 1 × device nameplate of 成圈机"))
    }

    @Test("Inspection devices with a metrology label need a photo of it too; production devices are not asked")
    func metrologyLabels() {
        let devices = [KeyDevice(name: "火花试验机 SPT-15", hasMetrologyLabel: true), KeyDevice(name: "投影仪", hasMetrologyLabel: false)]
        let nameplates = devices.map { TaggedPhoto(.deviceNameplate, device: $0.name) }
        #expect(Self.inspection.missing(photos: nameplates, devices: devices) == [
            PhotoShortfall(item: "metrology-labels", device: "火花试验机 SPT-15", wanting: [PhotoCount(.metrologyLabel, 1)]),
        ])
        #expect(Self.inspection.missing(
            photos: nameplates + [TaggedPhoto(.metrologyLabel, device: "火花试验机 spt-15")], devices: devices
        ).isEmpty)
        #expect(Self.production.missing(photos: nameplates, devices: devices).isEmpty)
    }

    @Test("A shortfall is a problem with code photo.missing and the shortfall's words")
    func asProblem() {
        let shortfall = PhotoShortfall(item: "factory-gate", device: nil, wanting: [PhotoCount(.factoryGate, 1)])
        #expect(EvidenceProblem.photoMissing(shortfall).code == "photo.missing")
        #expect(EvidenceProblem.photoMissing(shortfall).message.zhHans == "还缺照片：厂门口门牌号及铭牌 1 张")
    }
}
