# DG_SONAME(MACRO, FUNCTION, LIBS)
# ---------------------------------
# Define MACRO to the soname of the shared library that the linker flags
# LIBS (pkg-config's) bring FUNCTION from, for dgate to dlopen at run time
# what it no longer links (src/util/dynlib.h). A program calling FUNCTION
# is linked with LIBS and --as-needed, so its DT_NEEDED entries are that
# library and the C library's; the one that is not the C library's is it.
AC_DEFUN([DG_SONAME], [
  AC_REQUIRE([DG_PROG_READELF])
  AC_MSG_CHECKING([the soname of the library with $2])
  dg_soname=
  dg_save_LIBS=$LIBS
  LIBS="-Wl,--as-needed $3 $LIBS"
  AC_LINK_IFELSE([AC_LANG_CALL([], [$2])], [
    dg_soname=`$READELF -d conftest$ac_exeext 2>/dev/null |
      sed -n 's/.*(NEEDED).*\@<:@\(.*\)\@:>@.*/\1/p' |
      grep -v -e '^libc\.so' -e '^ld-linux' -e '^libm\.so' -e '^libdl\.so' -e '^libpthread\.so' | head -n 1`
  ])
  LIBS=$dg_save_LIBS
  AS_IF([test -z "$dg_soname"],
    [AC_MSG_RESULT([not found]); AC_MSG_ERROR([cannot tell which shared library $3 brings $2 from])])
  AC_MSG_RESULT([$dg_soname])
  AC_DEFINE_UNQUOTED([$1], ["$dg_soname"], [soname dlopened for $2])
])

AC_DEFUN([DG_PROG_READELF], [
  AC_CHECK_TOOL([READELF], [readelf], [no])
  AS_IF([test "x$READELF" = xno], [AC_MSG_ERROR([readelf (binutils) is required])])
])
