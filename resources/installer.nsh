; Included by electron-builder into the NSIS installer and uninstaller (electron-builder.yml: nsis.include).

; Install for the current Windows user only, without the "Anyone who uses this computer / Only for me" page:
; picking the first asks for administrator rights, which office PCs rarely give. The app and its data then
; live under the user's own profile, and updates never need elevation.
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend

; electron-builder ships Vietnamese for only one of its own messages and fills the rest in English. These
; replace them for Vietnamese (LCID 1066). electron-builder includes its messages and this file in the script's
; header in whichever order their files are read (asynchronously); a LangString set twice keeps the last
; value, and the second setting is NSIS warning 6030 ("wasting space"), which the build treats as an error
; (-WX). Inside customHeader, which installer.nsi inserts after the whole header (and after addLangs), ours
; always come last, with the warning silenced where it is expected.
!macro customHeader
  !pragma warning push
  !pragma warning disable 6030
  LangString win7Required 1066 "Cần Windows 7 trở lên."
  LangString x64WinRequired 1066 "Cần Windows 64-bit."
  LangString appRunning 1066 "${PRODUCT_NAME} đang chạy.$\r$\nBấm OK để đóng ứng dụng.$\r$\nNếu ứng dụng không tự đóng, hãy đóng nó rồi thử lại."
  LangString appCannotBeClosed 1066 "Không đóng được ${PRODUCT_NAME}.$\r$\nHãy tự đóng ứng dụng rồi bấm Thử lại (Retry) để tiếp tục."
  LangString appClosing 1066 "Đang đóng ${PRODUCT_NAME}..."
  LangString installing 1066 "Đang cài đặt, vui lòng chờ..."
  LangString areYouSureToUninstall 1066 "Bạn có chắc muốn gỡ cài đặt ${PRODUCT_NAME}? Dữ liệu của bạn (thư mục dữ liệu) được giữ nguyên."
  LangString decompressionFailed 1066 "Không giải nén được các tệp cài đặt. Hãy chạy lại trình cài đặt."
  LangString uninstallFailed 1066 "Không gỡ được các tệp của phiên bản cũ. Hãy đóng ứng dụng rồi chạy lại trình cài đặt."
  LangString chooseInstallationOptions 1066 "Chọn cách cài đặt"
  LangString chooseUninstallationOptions 1066 "Chọn cách gỡ cài đặt"
  LangString whichInstallationShouldBeRemoved 1066 "Gỡ bản cài đặt nào?"
  LangString whoShouldThisApplicationBeInstalledFor 1066 "Cài đặt ứng dụng cho ai?"
  LangString selectUserMode 1066 "Chọn cài cho mọi người dùng máy này hay chỉ cho riêng bạn."
  LangString whichInstallationRemove 1066 "Ứng dụng được cài cả cho mọi người dùng và cho riêng bạn.$\r$\nBạn muốn gỡ bản nào?"
  LangString freshInstallForAll 1066 "Cài mới cho mọi người dùng (cần quyền quản trị)."
  LangString freshInstallForCurrent 1066 "Cài mới cho riêng người dùng hiện tại."
  LangString onlyForMe 1066 "Chỉ cho &tôi"
  LangString forAll 1066 "Mọi người dùng máy tính này (&tất cả)"
  LangString loginWithAdminAccount 1066 "Cần đăng nhập bằng tài khoản quản trị để tiếp tục..."
  LangString perUserInstallExists 1066 "Đã có bản cài đặt cho riêng người dùng này."
  LangString perUserInstall 1066 "Có bản cài đặt cho riêng người dùng này."
  LangString perMachineInstallExists 1066 "Đã có bản cài đặt cho mọi người dùng."
  LangString perMachineInstall 1066 "Có bản cài đặt cho mọi người dùng."
  LangString reinstallUpgrade 1066 "Sẽ cài lại / nâng cấp."
  LangString uninstall 1066 "Sẽ gỡ cài đặt."
  !pragma warning pop
!macroend
