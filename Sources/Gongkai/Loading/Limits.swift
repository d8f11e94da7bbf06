/// The bounds every input is read within, so hostile or broken files fail fast with a clear error.
public enum Limits {
    /// The largest `site.yaml`, `unit.yaml` or record file read, in bytes.
    public static let fileBytes = 16 << 20
    /// The largest front matter, in bytes.
    public static let frontMatterBytes = 1 << 20
    /// The longest line in any file, in bytes.
    public static let lineBytes = 1 << 20
    /// How deeply YAML mappings and sequences may nest.
    public static let yamlDepth = 16
    /// How many YAML values one file may hold once aliases are expanded.
    public static let yamlNodes = 50_000
    /// How many indicators, projects, figures or list items one record may hold.
    public static let listItems = 2_000
    /// The most digits an amount may have before its decimal point, and after it.
    public static let integerDigits = 15
    public static let fractionDigits = 6
    /// The fiscal years a record may describe.
    public static let years = 1990...2100
    /// The longest unit id.
    public static let unitIDLength = 64
}
