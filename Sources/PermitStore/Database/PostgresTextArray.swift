import NIOCore

/// PostgreSQL's binary form of a one-dimensional array without nulls, read
/// in place: a header of dimensions, then each element behind its length.
enum PostgresTextArray {
    /// Where the elements lie, counted from the buffer's first readable
    /// byte; nil for any other shape, a null element included.
    static func elements(of array: ByteBuffer) -> [Range<Int>]? {
        var buffer = array
        let start = buffer.readerIndex
        guard let dimensions = buffer.readInteger(as: Int32.self), buffer.readInteger(as: Int32.self) == 0,
            buffer.readInteger(as: UInt32.self) != nil  // the element type
        else { return nil }
        if dimensions == 0 { return buffer.readableBytes == 0 ? [] : nil }
        guard dimensions == 1, let count = buffer.readInteger(as: Int32.self), count >= 0,
            buffer.readInteger(as: Int32.self) != nil  // the lower bound
        else { return nil }
        var elements: [Range<Int>] = []
        // A count is only believed as far as the bytes could hold it.
        elements.reserveCapacity(min(Int(count), buffer.readableBytes / 4))
        for _ in 0..<count {
            guard let length = buffer.readInteger(as: Int32.self), length >= 0, buffer.readableBytes >= Int(length) else { return nil }
            let offset = buffer.readerIndex - start
            elements.append(offset..<offset + Int(length))
            buffer.moveReaderIndex(forwardBy: Int(length))
        }
        return buffer.readableBytes == 0 ? elements : nil
    }
}
