import Foundation

/// A column of an import or export file. Headers may be written in Chinese,
/// as spreadsheets made in a bureau have them, or in English (camelCase or
/// snake_case); the English name is also the field's name in the API and in
/// errors.
public protocol ImportColumn: RawRepresentable<String>, CaseIterable, Hashable, Sendable where AllCases == [Self] {
    var chineseHeader: String { get }
    /// Whether a file without this column is refused outright.
    var isRequired: Bool { get }
}

extension ImportColumn {
    /// Recognises a header cell in either language, ignoring surrounding
    /// spaces, case and a spreadsheet's byte-order mark.
    public init?(header: String) {
        let cleaned = header.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}"]))
        guard let column = Self.allCases.first(where: {
            $0.chineseHeader == cleaned || $0.rawValue.lowercased() == cleaned.lowercased() || $0.snakeCase == cleaned.lowercased()
        }) else { return nil }
        self = column
    }

    /// `registered_district` for `registeredDistrict`: what other programs write.
    var snakeCase: String {
        rawValue.reduce(into: "") { result, character in
            result += character.isUppercase ? "_" + character.lowercased() : String(character)
        }
    }

    /// The header row of an export in `language`.
    public static func header(_ language: Language) -> [String] {
        allCases.map { language == .zhHans ? $0.chineseHeader : $0.rawValue }
    }
}

/// A table read from a file with its header mapped to columns: the one
/// reading of headers and rows that every import shares.
public struct ImportTable<Column: ImportColumn> {
    /// A data row: its spreadsheet line number (the header is line 1) and its
    /// cells by column, blank for a column the file lacks.
    public struct Row {
        public let line: Int
        /// The row as the file has it, shared with the table it came from.
        private let cells: [String]
        /// Where each column is in the file; the same for every row.
        private let positions: [Column: Int]

        fileprivate init(line: Int, cells: [String], positions: [Column: Int]) {
            self.line = line
            self.cells = cells
            self.positions = positions
        }

        public subscript(_ column: Column) -> String {
            guard let position = positions[column], position < cells.count else { return "" }
            return cells[position]
        }
    }

    public let rows: [Row]

    /// - Throws: ``ImportFileError`` for an empty file, an unknown or repeated
    ///   header cell, or a missing required column.
    public init(_ table: [[String]]) throws(ImportFileError) {
        guard let header = table.first, table.count > 1 || !header.allSatisfy(\.isEmpty) else { throw .empty }
        var columns: [Column?] = []
        for cell in header {
            if cell.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}"])).isEmpty {
                columns.append(nil)
                continue
            }
            guard let column = Column(header: cell) else { throw .unknownColumn(cell) }
            guard !columns.contains(column) else { throw .duplicateColumn(cell) }
            columns.append(column)
        }
        let missing = Column.allCases.filter { $0.isRequired && !columns.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(missing.map(\.chineseHeader)) }
        var positions: [Column: Int] = [:]
        for (position, column) in columns.enumerated() {
            if let column { positions[column] = position }
        }
        // A row keeps the file's own array of cells rather than a dictionary
        // of its own: building one per row was a sixth of planning an import.
        rows = table.enumerated().dropFirst().compactMap { offset, cells in
            guard !cells.allSatisfy({ $0.trimmingWhitespace().isEmpty }) else { return nil }
            return Row(line: offset + 1, cells: cells, positions: positions)
        }
    }
}

extension ImportTable.Row: Sendable where Column: Sendable {}
