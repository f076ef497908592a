import Foundation

/// Problems of a request itself, of accounts and of the ledger, with their facts.
extension Phrase {
    /// No methods known (a bare 405 from a route) reads as a dash.
    public static func problemMethodNotAllowedDetail(allowed: [String]) -> Bilingual {
        let methods = allowed.isEmpty ? "—" : allowed.joined(separator: ", ")
        return Bilingual("该地址不支持此请求方法，支持的方法为：\(methods)。", en: "This address does not take this method; it takes \(methods).")
    }

    public static func problemUsernameTaken(name: Username) -> Bilingual {
        Bilingual("用户名 \(name.rawValue) 已被使用。", en: "The username \(name.rawValue) is already taken.")
    }

    public static func problemDistrictTaken(code: DistrictCode) -> Bilingual {
        Bilingual("行政区划代码 \(code.rawValue) 已存在。", en: "The division code \(code.rawValue) already exists.")
    }

    public static func problemUnknownDistrict(code: DistrictCode) -> Bilingual {
        Bilingual("辖区 \(code.rawValue) 不存在。", en: "There is no district \(code.rawValue).")
    }

    public static func problemUnknownUser(name: Username) -> Bilingual {
        Bilingual("用户 \(name.rawValue) 不存在。", en: "There is no user \(name.rawValue).")
    }

    public static func problemTooLargeDetail(limit: Int) -> Bilingual {
        Bilingual("请求体超过 \(limit) 字节的上限。", en: "The request body exceeds the limit of \(limit) bytes.")
    }

    public static func problemURITooLongDetail(limit: Int) -> Bilingual {
        Bilingual("请求地址超过 \(limit) 字节的上限，请缩短查询条件。",
                  en: "The request address exceeds the limit of \(limit) bytes; shorten the query.")
    }

    public static func problemHeadersTooLargeDetail(limit: Int) -> Bilingual {
        Bilingual("请求头超过 \(limit) 字节的上限，请清除本站 Cookie 后重试。",
                  en: "The request headers exceed the limit of \(limit) bytes; clear this site's cookies and try again.")
    }

    public static func problemImportUnclosedQuote(line: Int) -> Bilingual {
        Bilingual("第 \(line) 行有一个引号（\"）没有配对结束，其后各行会被并入同一格；请检查该行。",
                  en: "Line \(line) opens a quote (\") that is never closed, which would swallow the rows after it; check that line.")
    }

    public static func problemCalendarYearMismatch(expected: Int, found: Int) -> Bilingual {
        Bilingual("正在更正 \(expected) 年的安排，录入的内容却是 \(found) 年的。", en: "This corrects \(expected), but the text is about \(found).")
    }

    /// `wait` is a duration in words (`durationSeconds`, `durationMinutes`).
    public static func problemThrottledDetail(wait: Bilingual) -> Bilingual {
        Bilingual("登录失败次数过多，请 \(wait.zhHans)后再试。", en: "Too many failed sign-ins; try again in \(wait.en).")
    }

    public static func problemInternalDetail(requestID: String) -> Bilingual {
        Bilingual("请求未能完成，请将请求编号 \(requestID) 告知管理员。",
                  en: "The request failed; give the administrator the request ID \(requestID).")
    }

    public static func problemLedgerSizeBeyondTree(size: UInt64, treeSize: UInt64) -> Bilingual {
        Bilingual("账本目前只有 \(treeSize) 条记录，无法按 \(size) 条作答。", en: "The ledger has \(treeSize) entries; it cannot answer for size \(size).")
    }

    public static func problemLedgerIndexOutOfRange(index: UInt64, size: UInt64) -> Bilingual {
        Bilingual("序号 \(index) 超出大小为 \(size) 的树。", en: "Index \(index) is outside the tree of size \(size).")
    }

    public static func problemLedgerInvalidSizes(size1: UInt64, size2: UInt64) -> Bilingual {
        Bilingual("一致性证明要求 0 < size1 ≤ size2，收到 \(size1) 与 \(size2)。",
                  en: "A consistency proof needs 0 < size1 ≤ size2; got \(size1) and \(size2).")
    }

    public static func problemLedgerNoSuchTile(path: String) -> Bilingual {
        Bilingual("当前账本中没有瓦片 \(path)。", en: "The ledger has no tile \(path) at its current size.")
    }
}
