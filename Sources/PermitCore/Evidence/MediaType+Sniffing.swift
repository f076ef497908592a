import Foundation

extension MediaType {
    /// Enough leading bytes for `sniff`: the signatures and an ISO base
    /// media `ftyp` box with a long list of compatible brands.
    public static let sniffLength = 256

    /// The type of a file from its first bytes (`sniffLength` are enough;
    /// more are ignored), or nil when it is none of ours.
    public static func sniff(_ prefix: Data) -> MediaType? {
        let bytes = [UInt8](prefix.prefix(sniffLength))
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: PNGHeader.signature) { return .png }
        // Strict at offset 0: readers that hunt for the header further in
        // are how polyglot files pass as PDFs.
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        return isoMedia(ByteReader(bytes))
    }

    /// ISO base media files (MP4, MOV, HEIF) open with a box whose type says
    /// which; `ftyp` names the major brand, then the compatible ones.
    private static func isoMedia(_ reader: ByteReader) -> MediaType? {
        guard let size = reader.u32(0), let type = reader.fourCC(4) else { return nil }
        guard type == "ftyp" else {
            // QuickTime files older than `ftyp` open straight with a movie,
            // its data, or the `wide` placeholder before the data.
            return size >= 8 && ["moov", "mdat", "wide"].contains(type) ? .quickTime : nil
        }
        guard size >= 16, let major = reader.fourCC(8) else { return nil }
        let end = min(Int(size), reader.count)
        let compatible = stride(from: 16, to: end - 3, by: 4).compactMap { reader.fourCC($0) }
        let brands = Set(compatible).union([major])
        // AVIF shares HEIF's container and its `mif1` brand; it is not ours.
        if !brands.isDisjoint(with: ["avif", "avis"]) { return nil }
        if heicBrands.contains(major) { return .heic }
        if major == "qt  " { return .quickTime }
        if mp4Brands.contains(major) { return .mp4 }
        if !brands.isDisjoint(with: heicBrands) { return .heic }
        if brands.contains("qt  ") { return .quickTime }
        if !brands.isDisjoint(with: mp4Brands) { return .mp4 }
        return nil
    }

    /// HEVC still images and sequences, and the generic HEIF image brands.
    private static let heicBrands: Set<String> = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"]

    /// The MPEG-4 brands cameras, phones and recorders write; 3GP is left
    /// out, being a type of its own (video/3gpp).
    private static let mp4Brands: Set<String> = [
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "mp71", "avc1", "M4V ", "MSNV", "XAVC",
    ]
}
