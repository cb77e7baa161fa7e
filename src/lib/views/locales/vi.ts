export const vi = {
  entityKind: { unit: "Tỉnh, thành phố", ministry: "Bộ, cơ quan ngang bộ", group: "Nhóm, bình quân", agency: "Cơ quan cấp tỉnh" },
  derivedNote: (editions: string, method: string) => `Điểm các lĩnh vực và tổng điểm ${editions} là giá trị tính toán (không đọc từ tệp chính thức): ${method}`,
  comparabilityNote: (span: string, other: string) => `Kỳ ${span} không so sánh trực tiếp được với kỳ ${other} (phương pháp thay đổi).`,
  pressNote: "Bộ Nội vụ chưa công bố bảng đầy đủ dưới dạng dữ liệu; bảng này gồm các con số đã được báo chí, cổng thông tin đăng tải, mỗi số kèm nguồn. Tỉnh không có trong bảng là tỉnh chúng tôi chưa có số liệu công bố.",
  ownIndexNote: "Các chỉ số riêng của tỉnh (ví dụ khảo sát của tỉnh Bình Định) không phải chỉ số của Bộ Nội vụ và không so sánh được với chỉ số quốc gia.",
  periodNote: "Mỗi con số gắn với kỳ được công bố (tuần, tháng, năm hoặc đến một ngày trong năm); không so sánh số liệu tuần với kết quả năm.",
  otherPeriods: (n: number) => `Bộ dữ liệu còn ${n} con số của các kỳ khác (tuần, tháng, quý, đến một ngày trong năm) hoặc của các chỉ tiêu khác; bảng này chỉ gồm kết quả cả năm.`,
  displayPrecision: "Số hiển thị tối đa 4 chữ số thập phân, như các báo cáo PAPI; giá trị đầy đủ được lưu trong dữ liệu (di chuột lên số để xem).",
  preferenceRule: "Khi các nguồn ghi khác nhau, trang hiển thị con số được nhiều nguồn ghi nhất; nếu ngang nhau, ưu tiên tệp dữ liệu chính thức và báo cáo hơn báo chí. Các con số khác vẫn được liệt kê kèm nguồn.",
} as const;
