import Foundation
import PermitCore

/// The evidence capability's words.
enum EvidencePhrases {
    static let checkTitle = Bilingual("现场核查起止时间与必备关键设备", en: "The on-site check: times and key devices")
    static let checkUnderWay = Bilingual("进行中", en: "under way")
    static let checkNotStated = Bilingual(
        "审查组尚未填写现场核查起止时间和必备关键设备清单：录像连续性与设备照片无法核对。",
        en: "The team has not yet stated the check's times and key devices: the recording's continuity and the device photos cannot be checked."
    )
    static let production = Bilingual("生产设备", en: "Production")
    static let inspection = Bilingual("检验设备", en: "Inspection")
    static let labelled = Bilingual("（有计量标识）", en: " (metrology label)")
    static let period = Bilingual("核查时间", en: "Check")
    static let devices = Bilingual("必备关键设备", en: "Key devices")
    static let recordingsDue = Bilingual("音像记录上传截止", en: "Recordings due")
    static let continuity = Bilingual("录像连续性：", en: "Continuity of the recording:")
    static let continuous = Bilingual("录像覆盖核查全程，未见中断。", en: "The videos cover the whole check without a break.")
    static let stateCheck = Bilingual("填写或更正核查时间与设备", en: "State or correct the check's times and devices")
    static let startedAt = Bilingual("核查开始时间", en: "Check began")
    static let endedAt = Bilingual("核查结束时间（结束后填写）", en: "Check ended (once it has)")
    static let productionDevices = Bilingual("必备关键生产设备（每行一台）", en: "Key production devices (one per line)")
    static let inspectionDevices = Bilingual("必备关键检验设备（每行一台）", en: "Key inspection devices (one per line)")
    static let labelledDevices = Bilingual("其中有计量标识的设备（每行一台，名称同上）", en: "Of these, the devices with a metrology label (one per line, named as above)")
    static let save = Bilingual("保存", en: "Save")
    static let statements = Bilingual("应说明事项", en: "Statements to be made")
    static let notTicked = Bilingual("未标注", en: "not marked")
    static let tick = Bilingual("标注", en: "Mark")
    static let tickAt = Bilingual("在视频中的时间（如 1:15）", en: "Time in the video (e.g. 1:15)")
    /// One line of what was read from an original: type, size, pixels or
    /// length, when and where it was taken, and what it shows.
    static func facts(_ evidence: RecordEvidence) -> Bilingual {
        var zh: [String] = [evidence.mediaType, byteCount(evidence.size)]
        var en = zh
        if let width = evidence.width, let height = evidence.height {
            zh.append("\(width)×\(height) 像素")
            en.append("\(width)×\(height) px")
        }
        if let seconds = evidence.durationSeconds {
            zh.append("时长 \(Int(seconds.rounded())) 秒")
            en.append("\(Int(seconds.rounded())) s long")
        }
        if let captured = evidence.capturedAt {
            zh.append("拍摄于 \(ShanghaiTime.format(captured))")
            en.append("taken \(ShanghaiTime.format(captured))")
        }
        if let latitude = evidence.latitude, let longitude = evidence.longitude {
            let place = String(format: "%.5f, %.5f", latitude, longitude)
            zh.append("位置 \(place)")
            en.append("at \(place)")
        }
        if let subject = evidence.subject.flatMap(PhotoSubject.init(rawValue:)) {
            let device = evidence.device.map { "（\($0)）" } ?? ""
            zh.append("内容：\(subject.name.zhHans)\(device)")
            en.append("shows: \(subject.name.en)\(evidence.device.map { " (\($0))" } ?? "")")
        }
        if evidence.problems.contains("video.probe-unavailable") {
            zh.append("本机未安装 ffprobe，视频时长与开始时间未读取")
            en.append("ffprobe is not installed here: length and start not read")
        }
        return Bilingual(zh.joined(separator: " · "), en: en.joined(separator: " · "))
    }

    private static func byteCount(_ size: Int) -> String {
        size >= 1 << 20 ? String(format: "%.1f MB", Double(size) / Double(1 << 20)) : "\(max(1, size / 1024)) KB"
    }
}
