/// The size of a HEIC photo: the `ispe` (image spatial extents) property
/// of its primary item. A phone's photo is a grid of 512-pixel tiles, each
/// with an `ispe` of its own, so the property is looked up through the
/// primary item's associations rather than taken from the first one seen.
enum HEIFHeader {
    static func size(_ reader: ByteReader) -> PixelSize? {
        guard let meta = children(reader, in: 0..<reader.count).first(where: { $0.type == "meta" }) else { return nil }
        // `meta` is a full box: version and flags before its children.
        let boxes = children(reader, in: meta.body.dropFirst(4))
        guard let pitm = boxes.first(where: { $0.type == "pitm" }), let primary = itemID(reader, pitm.body),
              let iprp = boxes.first(where: { $0.type == "iprp" })
        else { return nil }
        let properties = children(reader, in: iprp.body)
        guard let ipco = properties.first(where: { $0.type == "ipco" }), let ipma = properties.first(where: { $0.type == "ipma" })
        else { return nil }
        let catalogue = children(reader, in: ipco.body)
        for index in associations(reader, ipma.body, of: primary) where index >= 1 && index <= catalogue.count {
            let property = catalogue[index - 1]
            // A full box: version and flags, then width and height.
            guard property.type == "ispe", property.body.count >= 12,
                  let width = reader.u32(property.body.lowerBound + 4), let height = reader.u32(property.body.lowerBound + 8),
                  width > 0, height > 0
            else { continue }
            return PixelSize(width: Int(width), height: Int(height))
        }
        return nil
    }

    struct Box {
        var type: String
        var body: Range<Int>
    }

    /// A real file has a few dozen boxes at any level; the cap bounds the
    /// work a forged one can ask for.
    private static let maximumBoxes = 1_024

    /// The boxes laid end to end in `range`, each at least its 8-byte
    /// header long, so the walk always moves on and ends.
    static func children(_ reader: ByteReader, in range: Range<Int>) -> [Box] {
        var boxes: [Box] = []
        var offset = range.lowerBound
        while boxes.count < maximumBoxes, range.upperBound - offset >= 8,
              let declared = reader.u32(offset), let type = reader.fourCC(offset + 4) {
            var header = 8
            var size = Int(declared)
            if declared == 1 {
                // A 64-bit size follows; anything beyond the buffer stops the walk below.
                guard let high = reader.u32(offset + 8), let low = reader.u32(offset + 12), high == 0 else { break }
                (header, size) = (16, Int(low))
            } else if declared == 0 {
                size = range.upperBound - offset  // to the end
            }
            guard size >= header, size <= range.upperBound - offset else { break }
            boxes.append(Box(type: type, body: offset + header..<offset + size))
            offset += size
        }
        return boxes
    }

    /// `pitm`: a full box whose item ID is 16 bits in version 0, 32 after.
    private static func itemID(_ reader: ByteReader, _ body: Range<Int>) -> Int? {
        guard let version = reader.u8(body.lowerBound) else { return nil }
        if version == 0 {
            return body.count >= 6 ? reader.u16(body.lowerBound + 4).map(Int.init) : nil
        }
        return body.count >= 8 ? reader.u32(body.lowerBound + 4).map(Int.init) : nil
    }

    /// The 1-based property indices `ipma` associates with `item`. Item IDs
    /// are 16 bits in version 0; indices are 7 bits, or 15 with flag 1,
    /// below an "essential" bit.
    private static func associations(_ reader: ByteReader, _ body: Range<Int>, of item: Int) -> [Int] {
        guard let version = reader.u8(body.lowerBound), let flags = reader.u8(body.lowerBound + 3),
              let declared = reader.u32(body.lowerBound + 4)
        else { return [] }
        let wideIndex = flags & 1 == 1
        var offset = body.lowerBound + 8
        for _ in 0..<min(Int(declared), maximumBoxes) {
            let id = version == 0 ? reader.u16(offset).map(Int.init) : reader.u32(offset).map(Int.init)
            offset += version == 0 ? 2 : 4
            guard let id, let count = reader.u8(offset), offset < body.upperBound else { return [] }
            offset += 1
            var indices: [Int] = []
            for _ in 0..<Int(count) {
                let index = wideIndex ? reader.u16(offset).map { Int($0 & 0x7FFF) } : reader.u8(offset).map { Int($0 & 0x7F) }
                offset += wideIndex ? 2 : 1
                guard let index, offset <= body.upperBound else { return [] }
                indices.append(index)
            }
            if id == item { return indices }
        }
        return []
    }
}
