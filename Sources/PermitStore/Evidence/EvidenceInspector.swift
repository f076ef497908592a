import Foundation
import PermitCore

extension EvidenceFiles {
    /// Reads what an original says about itself: its type from its first
    /// bytes; a photo's size, capture time and place from its header; a
    /// video's duration and recording start from `ffprobe`, where Debian's
    /// ffmpeg is installed. Without it the record says so and is kept.
    public func inspect(_ blob: Blob, fileName: String?) throws -> RecordEvidence {
        guard let reader = try blobs.open(blob.sha256) else { throw UploadError.notFound }
        let head = try reader.read(upTo: ImageMetadata.headLength) ?? Data()
        reader.close()
        let type = MediaType.sniff(head)
        var evidence = RecordEvidence(size: blob.size, mediaType: type?.rawValue ?? "application/octet-stream", fileName: fileName)
        switch type?.recordForm {
        case .photo:
            let image = ImageMetadata.read(head)
            evidence.width = image.size?.width
            evidence.height = image.size?.height
            evidence.capturedAt = image.capturedAt?.instant()
            evidence.latitude = image.location?.latitude
            evidence.longitude = image.location?.longitude
        case .video:
            if let file = blobs.localFile(blob.sha256), let report = FFprobe.report(for: file) {
                evidence.durationSeconds = report.duration
                evidence.capturedAt = report.createdAt
                evidence.width = report.size?.width
                evidence.height = report.size?.height
            } else {
                // Kept, and said: the reviewer then checks the video by eye.
                evidence.problems.append(FFprobe.isAvailable ? "video.unreadable" : "video.probe-unavailable")
            }
        default:
            break
        }
        return evidence
    }
}

/// Runs `ffprobe` from Debian's ffmpeg, if installed, on a stored file.
enum FFprobe {
    static let path = ["/usr/bin/ffprobe", "/usr/local/bin/ffprobe"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { path != nil }

    static func report(for file: URL) -> FFprobeReport? {
        guard let path else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-v", "quiet", "-print_format", "json", "-show_format", "-show_streams", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return FFprobeReport.parse(data)
    }
}
