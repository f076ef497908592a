/// Why a catalogue read or edit was refused.
public enum CatalogueError: Error, Hashable, Sendable {
    case unknownVersion(Int)
    case unknownCategory(ProductCategoryCode)
    case unknownUnit(ProductUnitID)
    /// Two units of one category with one name would make applications ambiguous.
    case unitNameTaken(String, in: ProductCategoryCode)
    /// A category code is a licence number's industry and product code: one category each.
    case categoryCodeTaken(ProductCategoryCode)
    /// Two categories of one name would make applications ambiguous.
    case categoryNameTaken(String)
    /// An edit that changes nothing would only add an empty version.
    case unchanged
    /// The default catalogue goes in once, into an empty catalogue.
    case alreadyInstalled
}
