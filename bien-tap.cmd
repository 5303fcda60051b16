@echo off
rem Mo trang bien tap "Dan van kheo" bang cach bam dup vao tep nay (Windows).
rem Cua so lenh nay la may chu xem thu: de no mo trong khi lam viec, dong lai khi xong.
rem Trinh duyet tu mo http://127.0.0.1:8820/bien-tap/ khi trang san sang.
setlocal
cd /d "%~dp0"
call "%~dp0dan-van-kheo.cmd" serve --open %*
if errorlevel 1 pause
