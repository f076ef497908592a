import Foundation
import PermitCore

/// The evidence capability's words.
enum EvidencePhrases {
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
