import Foundation
import PermitCore
import Testing

@Suite("ffprobe output — duration, creation time and size of a video")
struct FFprobeReportTests {
    /// What ffprobe 5.1 prints for a body camera's MP4 (trimmed of fields
    /// the parser does not read, but in their real shapes).
    static let bodyCamera = #"""
    {
        "streams": [
            {
                "index": 0, "codec_name": "aac", "codec_type": "audio", "sample_rate": "16000", "channels": 1,
                "duration": "1800.064000", "tags": { "language": "und", "handler_name": "SoundHandler" }
            },
            {
                "index": 1, "codec_name": "h264", "profile": "High", "codec_type": "video", "width": 1920, "height": 1080,
                "coded_width": 1920, "coded_height": 1088, "r_frame_rate": "30/1", "duration": "1800.000000",
                "bit_rate": "8000000", "nb_frames": "54000",
                "tags": { "creation_time": "2026-03-15T01:00:00.000000Z", "language": "und", "handler_name": "VideoHandler" }
            }
        ],
        "format": {
            "filename": "/tmp/upload-7f3a", "nb_streams": 2, "format_name": "mov,mp4,m4a,3gp,3g2,mj2",
            "format_long_name": "QuickTime / MOV", "start_time": "0.000000", "duration": "1800.064000", "size": "1803550213",
            "bit_rate": "8015223", "probe_score": 100,
            "tags": {
                "major_brand": "isom", "minor_version": "512", "compatible_brands": "isomiso2avc1mp41",
                "creation_time": "2026-03-15T01:00:00.123456Z", "encoder": "Lavf58.76.100"
            }
        }
    }
    """#

    @Test("A body camera's MP4: container duration, creation time with microseconds, the video stream's size")
    func bodyCamera() throws {
        let report = try #require(FFprobeReport.parse(Data(Self.bodyCamera.utf8)))
        #expect(report.duration == 1800.064)
        let created = try #require(report.createdAt)
        #expect(abs(created.timeIntervalSince1970 - 1_773_536_400.123456) < 1e-5)
        #expect(report.size == PixelSize(width: 1920, height: 1080))
    }

    @Test("An iPhone MOV with an offset time, audio stream first, no container duration")
    func phoneMov() throws {
        let json = #"""
        {"streams": [
            {"codec_type": "audio", "duration": "12.000000"},
            {"codec_type": "video", "width": 3840, "height": 2160, "duration": "11.966667",
             "tags": {"creation_time": "2026-03-15T01:05:00.000000Z", "rotate": "90"}},
            {"codec_type": "video", "width": 320, "height": 240, "duration": "N/A"}
         ],
         "format": {"duration": "N/A", "tags": {"creation_time": "2026-03-15T09:05:00+0800"}}}
        """#
        let report = try #require(FFprobeReport.parse(Data(json.utf8)))
        #expect(report.duration == 11.966667)
        #expect(report.createdAt == Date(timeIntervalSince1970: 1_773_536_700))
        #expect(report.size == PixelSize(width: 3840, height: 2160))
    }

    @Test("Creation times in the forms tools write, and ones refused", arguments: [
        ("2026-03-15T01:00:00Z", 1_773_536_400.0 as Double?),
        ("2026-03-15T01:00:00.5Z", 1_773_536_400.5),
        ("2026-03-15T09:00:00+08:00", 1_773_536_400),
        ("2026-03-15 01:00:00Z", 1_773_536_400),
        ("2026-03-15T01:00:00", nil),  // no zone: refuse rather than guess
        ("2026-02-30T01:00:00Z", nil),
        ("2026-03-15T25:00:00Z", nil),
        ("2026-03-15T01:00:00.Z", nil),
        ("2026-03-15T01:00:00+8", nil),
        ("yesterday", nil),
    ])
    func creationTimes(text: String, seconds: Double?) {
        let json = #"{"format": {"duration": "1.0", "tags": {"creation_time": "\#(text)"}}}"#
        let report = FFprobeReport.parse(Data(json.utf8))
        #expect(report?.createdAt?.timeIntervalSince1970 == seconds)
        #expect(report?.duration == 1.0)
    }

    @Test("Missing or mistyped fields are nil one by one; what is not JSON at all is nil")
    func lenient() throws {
        let mistyped = #"{"format": {"duration": 42.5, "tags": {"creation_time": 7}}, "streams": [{"codec_type": "video", "width": "wide", "height": 1080}]}"#
        let report = try #require(FFprobeReport.parse(Data(mistyped.utf8)))
        #expect(report == FFprobeReport(duration: 42.5, createdAt: nil, size: nil))
        #expect(FFprobeReport.parse(Data("{}".utf8)) == FFprobeReport())
        #expect(FFprobeReport.parse(Data(#"{"format": {"duration": "-3"}}"#.utf8)) == FFprobeReport())
        #expect(FFprobeReport.parse(Data("Invalid data found when processing input".utf8)) == nil)
        #expect(FFprobeReport.parse(Data()) == nil)
    }
}
