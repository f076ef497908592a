import ArgumentParser
import Foundation
import PermitCommands
import PermitCore
import PermitStore

/// The official working-day calendar (X-1): the built-in State Council
/// arrangements plus the years an administrator has added.
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Working-day calendar: add working days, show a year, add a year's notice.",
        subcommands: [AddWorkingDays.self, Show.self, AddYear.self]
    )

    struct AddWorkingDays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-working-days",
            abstract: "Print the date N working days after DATE (DATE itself not counted), as YYYY-MM-DD."
        )
        @Argument(help: "Start date, YYYY-MM-DD.") var date: String
        @Argument(help: "Number of working days.") var days: Int
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let start = try CivilDate(parsing: date)
                print(try await store.calendar.calendar().addWorkingDays(from: start, count: days).description)
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a year's holidays and adjusted working days.")
        @Argument(help: "Year, e.g. 2026.") var year: Int
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                let calendar = try await store.calendar.calendar()
                guard let arrangement = calendar.arrangements.first(where: { $0.year == year }) else {
                    throw WorkingDayCalendarError.yearNotCovered(year)
                }
                print("\(year) 年节假日安排\(arrangement.notice.map { "（\($0)）" } ?? "")")
                for day in arrangement.days.sorted(by: { $0.date < $1.date }) {
                    let kind = day.kind == .holiday ? "放假" : "调休上班"
                    print("\(day.date)  \(day.date.weekday.chineseName)  \(kind)  \(day.name)")
                }
            }
        }
    }

    struct AddYear: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-year", abstract: "Add a year's State Council notice from a file in the arrangement format."
        )
        @Argument(help: "File: 'year YYYY', 'notice …', then 'YYYY-MM-DD holiday|workday NAME' lines.") var file: String
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withStore(store) { store in
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw ValidationError("无法读取文件 \(file)")
                }
                let arrangement = try await CalendarCommands.addYear(String(decoding: data, as: UTF8.self), in: UsersCommand.context(store))
                print("已录入 \(arrangement.year) 年节假日安排：放假 \(arrangement.holidays.count) 天，调休上班 \(arrangement.workdays.count) 天。")
            }
        }
    }
}
