import Foundation

/// What a photo's own bytes say about it: its size, and from EXIF when and
/// where it was taken. Every field is nil when the file does not say or
/// says it in a way that cannot be read; nothing here traps on bad input.
public struct ImageMetadata: Hashable, Sendable {
    public var size: PixelSize?
    public var capturedAt: CaptureTime?
    public var location: GeoPoint?
    public var orientation: ExifOrientation?

    public init(size: PixelSize? = nil, capturedAt: CaptureTime? = nil, location: GeoPoint? = nil, orientation: ExifOrientation? = nil) {
        self.size = size
        self.capturedAt = capturedAt
        self.location = location
        self.orientation = orientation
    }

    /// How much of a file's head `read` needs. A JPEG's segments before the
    /// picture are each at most 64 KiB and cameras write a handful (EXIF
    /// with its thumbnail, ICC profile, maker data); a phone's HEIC puts its
    /// `meta` box before the picture data. So a stream reader can stop
    /// here; a file whose header lies further in reads as size unknown,
    /// which a reviewer is then told.
    public static let headLength = 1 << 20

    /// Reads a JPEG, PNG or HEIC (its size only) from its first bytes (up
    /// to `headLength`; the whole file does as well). Other types give
    /// empty metadata.
    public static func read(_ head: Data) -> ImageMetadata {
        let reader = ByteReader([UInt8](head.prefix(headLength)))
        switch MediaType.sniff(head) {
        case .jpeg:
            let found = JPEGSegments.read(reader)
            let exif = found.exif.flatMap { ExifReader(tiff: $0) }?.fields()
            return ImageMetadata(size: found.size, capturedAt: exif?.capturedAt, location: exif?.location, orientation: exif?.orientation)
        case .png:
            return ImageMetadata(size: PNGHeader.size(reader))
        case .heic:
            return ImageMetadata(size: HEIFHeader.size(reader))
        default:
            return ImageMetadata()
        }
    }
}
