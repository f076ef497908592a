import Foundation
import PermitCore
import Testing

@Suite("Published draw — the file anyone re-runs; verify says OK or names what differs (RND-3, RND-4, PUB-1)")
struct PublishedDrawTests {
    static func draw() throws -> PublishedDraw { try PublishedDraw(drawing: DrawFixtures.inputs()) }

    @Test("tiers draw ⌈ratio × size⌉ each, by RFC 3797 with the tier-extended key")
    func tiers() throws {
        // MUT
        let draw = try Self.draw()
        // validate
        #expect(draw.keyString == "3.8.11.19.24.27.32./9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08/")
        #expect(draw.tiers.map(\.count) == [3, 2, 3, 2])
        #expect(draw.tiers.map(\.key) == ["LOW", "MEDIUM", "MEDIUMHIGH", "HIGH"].map { draw.keyString + "TIER" + $0 + "/" })
        for tier in draw.tiers {
            #expect(tier.pool.map(\.position) == Array(1...tier.pool.count))
            #expect(try RFC3797.select(count: tier.count, fromPoolOf: tier.pool.count, key: tier.key) == tier.steps)
            #expect(tier.selected == tier.steps.map { tier.pool[$0.selected - 1].creditCode })
        }
        #expect(draw.matching.count == 10)
        #expect(Set(draw.matching.map(\.enterprise)) == Set(draw.tiers.flatMap(\.selected)))
        #expect(draw.verify() == .ok)
    }

    @Test("the file round-trips as JSON with sorted keys, the same bytes every time, and still verifies")
    func json() throws {
        // setup
        let draw = try Self.draw()
        // MUT
        let data = try draw.jsonData()
        let read = try PublishedDraw(jsonData: data)
        // validate
        #expect(read == draw && read.verify() == .ok)
        #expect(try read.jsonData() == data)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "format", "plan", "sources", "keyString", "inspectorsPerEnterprise", "tiers", "inspectorPools", "exclusions", "matching",
        ])
        let text = String(decoding: data, as: UTF8.self)
        let keys = ["\"exclusions\"", "\"format\"", "\"inspectorPools\"", "\"inspectorsPerEnterprise\"", "\"keyString\"", "\"matching\"", "\"plan\""]
        let offsets = keys.map { text.range(of: $0)!.lowerBound }
        #expect(offsets == offsets.sorted())
        #expect(text.contains("\"format\" : \"permittrail-draw/1\""))
    }

    @Test("exclusions in the file are honoured by the matching and checked by verify")
    func exclusions() throws {
        // setup: every Pudong inspector but 5 and 6 excluded for the first low-tier enterprise drawn
        let plain = try Self.draw()
        let target = plain.tiers[0].selected[0]
        let district = plain.tiers[0].pool.first { $0.creditCode == target }!.district
        let pool = DrawFixtures.inspectors(district, district == DrawFixtures.pudong ? 6 : 3)
        let exclusions = pool.dropLast(2).map { Exclusion(inspector: $0, enterprise: target, reason: .conflict) }
        // MUT
        let draw = try PublishedDraw(drawing: DrawFixtures.inputs(exclusions: exclusions))
        // validate
        let match = try #require(draw.matching.first { $0.enterprise == target })
        #expect(Set(match.inspectors) == Set(pool.suffix(2)))
        #expect(draw.verify() == .ok)
        var dropped = draw
        dropped.exclusions.removeAll()
        #expect(dropped.verify() != .ok)
    }

    @Test("tampering is named: a step, a selection, a source, the pool order, the count, the matching, the format")
    func tampered() throws {
        let draw = try Self.draw()

        var step = draw
        step.tiers[1].steps[1].selected += 1
        #expect(step.verify() == .failed(.tierStep(.medium, index: 2, published: step.tiers[1].steps[1], recomputed: draw.tiers[1].steps[1])))

        var selected = draw
        selected.tiers[0].selected[2] = DrawFixtures.code(999)
        #expect(selected.verify() == .failed(.tierSelected(.low, index: 3)))

        var source = draw
        source.sources[0].value = "03 11 19 24 27 32 09"
        guard case .failed(.keyString) = source.verify() else { Issue.record("a changed source value must change the key"); return }

        // Swapping a drawn enterprise with one that was not drawn, positions kept.
        var swapped = draw
        let chosen = draw.tiers[0].steps[0].selected - 1
        let other = (0..<30).first { index in !draw.tiers[0].steps.contains { $0.selected == index + 1 } }!
        swapped.tiers[0].pool[chosen].creditCode = draw.tiers[0].pool[other].creditCode
        swapped.tiers[0].pool[other].creditCode = draw.tiers[0].pool[chosen].creditCode
        #expect(swapped.verify() == .failed(.tierSelected(.low, index: 1)))

        var renumbered = draw
        renumbered.tiers[3].pool[0].position = 2
        #expect(renumbered.verify() == .failed(.tierPool(.high, position: 1)))

        var count = draw
        count.tiers[2].count = 2
        #expect(count.verify() == .failed(.tierCount(.mediumHigh, published: 2, recomputed: 3)))

        var inspectors = draw
        inspectors.matching[4].inspectors.reverse()
        #expect(inspectors.verify() == .failed(.matchingInspectors(enterprise: draw.matching[4].enterprise)))

        var dropped = draw
        dropped.matching.removeLast()
        #expect(dropped.verify() == .failed(.matchingCount(published: 9, recomputed: 10)))

        var format = draw
        format.format = "permittrail-draw/0"
        #expect(format.verify() == .failed(.unsupportedFormat("permittrail-draw/0")))

        var inputs = draw
        inputs.tiers[0].ratioPercent = 120
        #expect(inputs.verify() == .failed(.inputs(.invalidRatio(120))))
    }

    @Test("failure reasons say which tier and step")
    func reasons() throws {
        var step = try Self.draw()
        step.tiers[1].steps[1].md5 = String(repeating: "0", count: 32)
        guard case .failed(let discrepancy) = step.verify() else { Issue.record("tampered file verified"); return }
        #expect(discrepancy.description.hasPrefix("tier medium step 2: MD5 00000000000000000000000000000000 mod"))
    }

    @Test("a tier listed twice, or too few inspectors per enterprise, is refused before drawing")
    func refusedInputs() {
        var twice = DrawFixtures.inputs()
        twice.tiers.append(twice.tiers[0])
        #expect(throws: DrawError.duplicateTier(.low)) { try PublishedDraw(drawing: twice) }
        var one = DrawFixtures.inputs()
        one.inspectorsPerEnterprise = 1
        #expect(throws: DrawError.tooFewInspectorsPerEnterprise(1)) { try PublishedDraw(drawing: one) }
    }
}
