/** `npm run admin -- help`. */
export const ADMIN_HELP = `Quản trị máy chủ Sổ Một Cửa: đơn vị, cán bộ, mã đăng ký và thiết bị.
Dùng cùng cấu hình với máy chủ: DATABASE_FILE (tệp SQLite) hoặc DATABASE_URL (PostgreSQL).

Cách dùng: npm run admin -- <lệnh>

Đơn vị
  unit add <mã đơn vị> --name "UBND xã An Bình" [--kind commune|ward|district|office] [--parent <mã đơn vị>]
      Thêm một đơn vị. --kind: commune (xã, mặc định), ward (phường), district (huyện), office (cơ quan).
      --parent: huyện (hoặc cơ quan) mà xã, phường trực thuộc; giám sát của huyện xem được dữ liệu của nó.
  unit list
      Liệt kê các đơn vị.

Cán bộ
  officer add <mã đơn vị> <mã cán bộ> --name "Nguyễn Văn A" [--role officer|supervisor]
      Thêm một cán bộ. --role: officer (ghi sổ, mặc định) hoặc supervisor (giám sát, chỉ xem).
  officer list <mã đơn vị>
      Liệt kê cán bộ của đơn vị.

Mã đăng ký
  code issue <mã đơn vị> <mã cán bộ> [--days 7] [--url http://máy-chủ:8080] [--svg tệp.svg]
      Tạo mã đăng ký dùng một lần cho một điện thoại của cán bộ, kèm mã QR.
      --days: số ngày hiệu lực (1 đến 90, mặc định 7).
      --url: địa chỉ điện thoại mở được (mặc định PUBLIC_URL, nếu không thì http://localhost:PORT).
      --svg: lưu thêm mã QR vào tệp SVG để in.

Thiết bị
  device list <mã đơn vị>
      Liệt kê thiết bị đã đăng ký: cán bộ, mã thiết bị, lúc đăng ký, lần gửi cuối, số thứ tự cao nhất, trạng thái.
  device revoke <mã đơn vị> <mã thiết bị>
      Thu hồi quyền truy cập của một thiết bị (ví dụ điện thoại bị mất).

Nhập sổ theo dõi
  import <mã đơn vị> <tệp.csv|tệp.xlsx> [--officer <mã cán bộ>]
      Nhập hồ sơ từ sổ theo dõi cũ (cột như tệp mẫu, xem docs/IMPORT.md); nhập lại cùng tệp không tạo bản trùng.

Mã đơn vị và mã cán bộ: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới (ví dụ xa-an-binh, nguyenvana).`;
