@echo off
rem Chay target\dan-van-kheo.jar tren Windows (cung cac lenh: new, check, build, serve).
rem Chuyen cua so lenh sang bang ma UTF-8 (chcp 65001) de chu tieng Viet hien dung,
rem roi tra lai bang ma cu khi xong. Ten mo hinh co dau: dung new --title-file TEP.
setlocal
set "here=%~dp0"
set "jar=%here%target\dan-van-kheo.jar"
if not exist "%jar%" (
  echo Chua co %jar%: chay mvnw.cmd -q package -DskipTests truoc. 1>&2
  exit /b 2
)
set "cds="
if exist "%here%target\dan-van-kheo.jsa" set "cds=-XX:SharedArchiveFile=%here%target\dan-van-kheo.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
set "heap=-Xmx1g"
if /i "%~1"=="serve" set "heap=-Xmx2g"
for /f "tokens=2 delims=:" %%c in ('chcp') do set "oldcp=%%c"
set "oldcp=%oldcp: =%"
set "oldcp=%oldcp:.=%"
chcp 65001 >nul
java %cds% %heap% %DVK_JAVA_OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dfile.encoding=UTF-8 -jar "%jar%" %*
set "status=%errorlevel%"
if defined oldcp chcp %oldcp% >nul
exit /b %status%
