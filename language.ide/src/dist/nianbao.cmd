@echo off
rem Runs the Nianbao command line on Windows: nianbao validate|generate|new|import ...
rem The Java: the runtime inside the download (jre\ beside this file), else JAVA_HOME's, else java on PATH
if exist "%~dp0jre\bin\java.exe" (set "NIANBAO_JAVA=%~dp0jre\bin\java.exe") else if defined JAVA_HOME (set "NIANBAO_JAVA=%JAVA_HOME%\bin\java") else (set "NIANBAO_JAVA=java")
"%NIANBAO_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%~dp0nianbao.jar" %*
