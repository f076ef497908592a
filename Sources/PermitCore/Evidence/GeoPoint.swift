/// 拍摄位置 — where a photo was taken, in decimal degrees (WGS 84, as GPS
/// receivers give it; maps in China draw GCJ-02, a few hundred metres off).
public struct GeoPoint: Hashable, Sendable, Codable {
    /// Positive north.
    public var latitude: Double
    /// Positive east.
    public var longitude: Double

    /// Nil outside the globe's ranges or for a non-number.
    public init?(latitude: Double, longitude: Double) {
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }
}
