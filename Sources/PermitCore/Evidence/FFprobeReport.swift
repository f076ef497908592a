import Foundation

/// What `ffprobe -v quiet -print_format json -show_format -show_streams`
/// says about a video, reduced to what the continuity rule needs. The
/// server runs the tool; this only reads its output.
public struct FFprobeReport: Hashable, Sendable {
    /// Seconds, from the container or else the longest video stream.
    public var duration: TimeInterval?
    /// `format.tags.creation_time`, or else the first video stream's. MP4
    /// stores it as UTC, but some recorders write their local time into it,
    /// which then shows as an 8-hour gap against the check's times.
    public var createdAt: Date?
    /// Of the first video stream, as stored (before any rotation).
    public var size: PixelSize?

    public init(duration: TimeInterval? = nil, createdAt: Date? = nil, size: PixelSize? = nil) {
        self.duration = duration
        self.createdAt = createdAt
        self.size = size
    }

    /// Nil when `json` is not ffprobe's JSON at all; fields it lacks or
    /// garbles are nil one by one.
    public static func parse(_ json: Data) -> FFprobeReport? {
        guard let output = try? JSONDecoder().decode(Output.self, from: json) else { return nil }
        let videos = (output.streams ?? []).filter { $0.codec_type == "video" }
        let streamDurations = videos.compactMap { $0.duration.flatMap(seconds) }
        let size = videos.first.flatMap { stream -> PixelSize? in
            guard let width = stream.width, let height = stream.height, width > 0, height > 0 else { return nil }
            return PixelSize(width: width, height: height)
        }
        let created = output.format?.tags?.creation_time ?? videos.first?.tags?.creation_time
        return FFprobeReport(
            duration: output.format?.duration.flatMap(seconds) ?? streamDurations.max(),
            createdAt: created.flatMap(ISO8601Instant.parse),
            size: size
        )
    }

    /// ffprobe writes durations as decimal strings (`"1803.520000"`), or
    /// `N/A` when it does not know.
    private static func seconds(_ text: String) -> TimeInterval? {
        guard let value = Double(text), value.isFinite, value >= 0 else { return nil }
        return value
    }

    // The JSON's own field names. Each field is read on its own, so one
    // missing or mistyped value loses only itself.
    private struct Output: Decodable {
        var format: Format?
        var streams: [Stream]?

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: Key.self)
            format = fields.lenient(Format.self, "format")
            streams = fields.lenient([Stream].self, "streams")
        }
    }

    private struct Format: Decodable {
        var duration: String?
        var tags: Tags?

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: Key.self)
            duration = fields.number("duration")
            tags = fields.lenient(Tags.self, "tags")
        }
    }

    private struct Stream: Decodable {
        var codec_type: String?
        var width: Int?
        var height: Int?
        var duration: String?
        var tags: Tags?

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: Key.self)
            codec_type = fields.lenient(String.self, "codec_type")
            width = fields.lenient(Int.self, "width")
            height = fields.lenient(Int.self, "height")
            duration = fields.number("duration")
            tags = fields.lenient(Tags.self, "tags")
        }
    }

    private struct Tags: Decodable {
        var creation_time: String?

        init(from decoder: any Decoder) throws {
            creation_time = try decoder.container(keyedBy: Key.self).lenient(String.self, "creation_time")
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension KeyedDecodingContainer {
    fileprivate func lenient<T: Decodable>(_ type: T.Type, _ name: String) -> T? {
        guard let key = Key(stringValue: name) else { return nil }
        return (try? decodeIfPresent(type, forKey: key)) ?? nil
    }

    /// ffprobe writes numbers such as durations as strings; other tools'
    /// JSON has them bare.
    fileprivate func number(_ name: String) -> String? {
        lenient(String.self, name) ?? lenient(Double.self, name).map { String($0) }
    }
}
