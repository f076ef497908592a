/// The State Council's holiday arrangements (国务院办公厅关于…年部分节假日安排的通知)
/// for 2020 through 2026, as published, as data.
///
/// Each festival lists every day of its break (放假调休, weekends inside the
/// break included, as the notices count "共N天") and the weekend days worked
/// in exchange (调休上班). Years after 2026 are supplied by an administrator in
/// the text format (`HolidayArrangementFormat`) once the notice is out, with no
/// code change; until then the calendar refuses to guess.
///
/// Checked against each notice and against the independent `chinese_calendar`
/// data set (LKI/chinese-calendar 1.11.0); tests pin every 2025 and 2026 day.
extension HolidayArrangement {
    /// 2020 to 2026, oldest first.
    public static let stateCouncil2020Through2026: [HolidayArrangement] = [
        stateCouncil2020, stateCouncil2021, stateCouncil2022, stateCouncil2023,
        stateCouncil2024, stateCouncil2025, stateCouncil2026,
    ]

    /// 国办发明电〔2019〕16号 as amended by 国办发明电〔2020〕1号, which extended
    /// the Spring Festival break to 2 February (COVID-19): 31 January to
    /// 2 February became days off and Saturday 1 February is no longer worked.
    public static let stateCouncil2020 = build(2020, notice: "国办发明电〔2019〕16号、国办发明电〔2020〕1号", [
        .init("元旦", off: (1, 1), through: (1, 1)),
        .init("春节", off: (1, 24), through: (2, 2), worked: [(1, 19)]),
        .init("清明节", off: (4, 4), through: (4, 6)),
        .init("劳动节", off: (5, 1), through: (5, 5), worked: [(4, 26), (5, 9)]),
        .init("端午节", off: (6, 25), through: (6, 27), worked: [(6, 28)]),
        .init("国庆节、中秋节", off: (10, 1), through: (10, 8), worked: [(9, 27), (10, 10)]),
    ])

    /// 国办发明电〔2020〕27号.
    public static let stateCouncil2021 = build(2021, notice: "国办发明电〔2020〕27号", [
        .init("元旦", off: (1, 1), through: (1, 3)),
        .init("春节", off: (2, 11), through: (2, 17), worked: [(2, 7), (2, 20)]),
        .init("清明节", off: (4, 3), through: (4, 5)),
        .init("劳动节", off: (5, 1), through: (5, 5), worked: [(4, 25), (5, 8)]),
        .init("端午节", off: (6, 12), through: (6, 14)),
        .init("中秋节", off: (9, 19), through: (9, 21), worked: [(9, 18)]),
        .init("国庆节", off: (10, 1), through: (10, 7), worked: [(9, 26), (10, 9)]),
    ])

    /// 国办发明电〔2021〕11号.
    public static let stateCouncil2022 = build(2022, notice: "国办发明电〔2021〕11号", [
        .init("元旦", off: (1, 1), through: (1, 3)),
        .init("春节", off: (1, 31), through: (2, 6), worked: [(1, 29), (1, 30)]),
        .init("清明节", off: (4, 3), through: (4, 5), worked: [(4, 2)]),
        .init("劳动节", off: (4, 30), through: (5, 4), worked: [(4, 24), (5, 7)]),
        .init("端午节", off: (6, 3), through: (6, 5)),
        .init("中秋节", off: (9, 10), through: (9, 12)),
        .init("国庆节", off: (10, 1), through: (10, 7), worked: [(10, 8), (10, 9)]),
    ])

    /// 国办发明电〔2022〕16号. Its New Year break starts on Saturday
    /// 2022-12-31, which is listed here because the notice lists it.
    public static let stateCouncil2023 = build(2023, notice: "国办发明电〔2022〕16号", [
        .init("元旦", off: (12, 31), through: (1, 2), startingInPreviousYear: true),
        .init("春节", off: (1, 21), through: (1, 27), worked: [(1, 28), (1, 29)]),
        .init("清明节", off: (4, 5), through: (4, 5)),
        .init("劳动节", off: (4, 29), through: (5, 3), worked: [(4, 23), (5, 6)]),
        .init("端午节", off: (6, 22), through: (6, 24), worked: [(6, 25)]),
        .init("中秋节、国庆节", off: (9, 29), through: (10, 6), worked: [(10, 7), (10, 8)]),
    ])

    /// 国办发明电〔2023〕7号 (New Year: 1 January only, "与周末连休").
    public static let stateCouncil2024 = build(2024, notice: "国办发明电〔2023〕7号", [
        .init("元旦", off: (1, 1), through: (1, 1)),
        .init("春节", off: (2, 10), through: (2, 17), worked: [(2, 4), (2, 18)]),
        .init("清明节", off: (4, 4), through: (4, 6), worked: [(4, 7)]),
        .init("劳动节", off: (5, 1), through: (5, 5), worked: [(4, 28), (5, 11)]),
        .init("端午节", off: (6, 10), through: (6, 10)),
        .init("中秋节", off: (9, 15), through: (9, 17), worked: [(9, 14)]),
        .init("国庆节", off: (10, 1), through: (10, 7), worked: [(9, 29), (10, 12)]),
    ])

    /// 国办发明电〔2024〕12号, the first under the revised holiday regulation
    /// (Spring Festival and Labour Day each gained a statutory day).
    public static let stateCouncil2025 = build(2025, notice: "国办发明电〔2024〕12号", [
        .init("元旦", off: (1, 1), through: (1, 1)),
        .init("春节", off: (1, 28), through: (2, 4), worked: [(1, 26), (2, 8)]),
        .init("清明节", off: (4, 4), through: (4, 6)),
        .init("劳动节", off: (5, 1), through: (5, 5), worked: [(4, 27)]),
        .init("端午节", off: (5, 31), through: (6, 2)),
        .init("国庆节、中秋节", off: (10, 1), through: (10, 8), worked: [(9, 28), (10, 11)]),
    ])

    /// 国办发明电〔2025〕7号, issued 2025-11-04.
    public static let stateCouncil2026 = build(2026, notice: "国办发明电〔2025〕7号", [
        .init("元旦", off: (1, 1), through: (1, 3), worked: [(1, 4)]),
        .init("春节", off: (2, 15), through: (2, 23), worked: [(2, 14), (2, 28)]),
        .init("清明节", off: (4, 4), through: (4, 6)),
        .init("劳动节", off: (5, 1), through: (5, 5), worked: [(5, 9)]),
        .init("端午节", off: (6, 19), through: (6, 21)),
        .init("中秋节", off: (9, 25), through: (9, 27)),
        .init("国庆节", off: (10, 1), through: (10, 7), worked: [(9, 20), (10, 10)]),
    ])

    /// One festival of a notice: a break of consecutive days off and the
    /// weekend days worked for it. Month/day pairs keep the table close to
    /// the notice's wording ("1月28日至2月4日放假调休").
    private struct Festival {
        let name: String
        let off: (month: Int, day: Int)
        let through: (month: Int, day: Int)
        let worked: [(month: Int, day: Int)]
        let startingInPreviousYear: Bool

        init(_ name: String, off: (Int, Int), through: (Int, Int),
             worked: [(Int, Int)] = [], startingInPreviousYear: Bool = false) {
            self.name = name
            self.off = off
            self.through = through
            self.worked = worked.map { (month: $0.0, day: $0.1) }
            self.startingInPreviousYear = startingInPreviousYear
        }
    }

    /// Expands the table. The data is fixed and every day of it is checked by
    /// tests, so a mistake here is a programming error and traps at start-up
    /// rather than silently producing a wrong calendar.
    private static func build(_ year: Int, notice: String, _ festivals: [Festival]) -> HolidayArrangement {
        do {
            var days: [ArrangedDay] = []
            for festival in festivals {
                let firstYear = festival.startingInPreviousYear ? year - 1 : year
                let first = try CivilDate(year: firstYear, month: festival.off.month, day: festival.off.day)
                let last = try CivilDate(year: year, month: festival.through.month, day: festival.through.day)
                precondition(first <= last, "\(festival.name) \(year): break ends before it starts")
                var date = first
                while date <= last {
                    days.append(ArrangedDay(date: date, kind: .holiday, name: festival.name))
                    date = date.next
                }
                for worked in festival.worked {
                    let date = try CivilDate(year: year, month: worked.month, day: worked.day)
                    days.append(ArrangedDay(date: date, kind: .workday, name: festival.name + "调休"))
                }
            }
            return try HolidayArrangement(year: year, notice: notice, days: days)
        } catch {
            preconditionFailure("Built-in holiday arrangement \(year) is invalid: \(error)")
        }
    }
}
