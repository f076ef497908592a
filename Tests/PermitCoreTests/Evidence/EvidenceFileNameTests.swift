import Foundation
import PermitCore
import Testing

@Suite("Download file names — 以业务流水号、监管通知书编号作为文件名 (REC-7)")
struct EvidenceFileNameTests {
    @Test("A business serial number, the sequence and the sniffed type's extension")
    func businessSerial() throws {
        let number = try BusinessSerialNumber(parsing: "XC-2026-00001-20260315-0003")
        #expect(EvidenceFileName.name(.businessSerial(number), sequence: 1, type: .mp4) == "XC-2026-00001-20260315-0003-01.mp4")
        #expect(EvidenceFileName.name(.businessSerial(number), sequence: 12, type: .jpeg) == "XC-2026-00001-20260315-0003-12.jpg")
        #expect(EvidenceFileName.name(.businessSerial(number), sequence: 123, type: .quickTime) == "XC-2026-00001-20260315-0003-123.mov")
    }

    @Test("A notice number keeps its letters, digits and Chinese characters; the rest becomes single hyphens", arguments: [
        ("沪市监认〔2026〕第0012号", "沪市监认-2026-第0012号"),
        ("JG/2026/../../etc/passwd", "JG-2026-etc-passwd"),
        ("  (2026) No. 12  ", "2026-No-12"),
        ("监管.mp4\u{0}.exe", "监管-mp4-exe"),
        ("𠀀2026", "2026"),
    ])
    func noticeNumber(text: String, stem: String) throws {
        let number = try SupervisionNoticeNumber(text)
        #expect(number.fileNameStem == stem)
        let name = EvidenceFileName.name(.supervisionNotice(number), sequence: 3, type: .pdf)
        #expect(name == stem + "-03.pdf")
        #expect(!name.contains("/") && !name.contains("\\") && !name.hasPrefix(".") && name.filter { $0 == "." }.count == 1)
    }

    @Test("The notice number itself is kept as written, trimmed")
    func keptAsWritten() throws {
        #expect(try SupervisionNoticeNumber(" 沪市监认〔2026〕第0012号\n").description == "沪市监认〔2026〕第0012号")
    }

    @Test("Empty, over-long or all-punctuation notice numbers are refused")
    func refused() {
        #expect(throws: SupervisionNoticeNumberError.empty) { try SupervisionNoticeNumber(" \t") }
        #expect(throws: SupervisionNoticeNumberError.tooLong(maximum: 64)) { try SupervisionNoticeNumber(String(repeating: "号", count: 65)) }
        #expect(throws: SupervisionNoticeNumberError.nothingUsableInFileName) { try SupervisionNoticeNumber("〔〕/../") }
    }
}
