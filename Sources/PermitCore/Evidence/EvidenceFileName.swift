/// 文件名 — the name an evidence file is downloaded under (REC-7: 以业务流水号、
/// 监管通知书编号作为文件名): the number, the record's sequence under it and
/// the extension of the type its bytes were found to be. The name the
/// client uploaded is never used: it may carry a path, another extension
/// or words nobody should see in a file list.
public enum EvidenceFileName {
    /// What names the files: a review's business serial number, or a
    /// supervision check's notice number.
    public enum Stem: Hashable, Sendable {
        case businessSerial(BusinessSerialNumber)
        case supervisionNotice(SupervisionNoticeNumber)

        var text: String {
            switch self {
            case .businessSerial(let number): number.description
            case .supervisionNotice(let number): number.fileNameStem
            }
        }
    }

    /// `XC-2026-00001-20260315-0003-01.mp4`: the sequence is at least two
    /// digits so a folder lists the first ninety-nine files in order.
    /// A business serial number already names one record, so its sequence
    /// numbers the files of that record (a recorder splits long takes).
    public static func name(_ stem: Stem, sequence: Int, type: MediaType) -> String {
        "\(stem.text)-\(max(sequence, 0).zeroPadded(2)).\(type.fileExtension)"
    }
}
