#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `meson install` into a staging directory installs everything the app needs.
set -eu
build=$1
prefix=$2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
meson install -C "$build" --destdir "$stage" --no-rebuild --quiet >/dev/null
root="$stage$prefix"
status=0
for f in \
  bin/hjemplan \
  share/hjemplan/guidelines.xml \
  share/hjemplan/guidelines.rng \
  share/hjemplan/strategy.rng \
  share/glib-2.0/schemas/dk.hjemplan.Hjemplan.gschema.xml \
  share/applications/dk.hjemplan.Hjemplan.desktop \
  share/metainfo/dk.hjemplan.Hjemplan.metainfo.xml \
  share/icons/hicolor/scalable/apps/dk.hjemplan.Hjemplan.svg \
  share/icons/hicolor/symbolic/apps/dk.hjemplan.Hjemplan-symbolic.svg \
  share/locale/da/LC_MESSAGES/hjemplan.mo \
  share/gnome-shell/search-providers/dk.hjemplan.Hjemplan.search-provider.ini \
  share/dbus-1/services/dk.hjemplan.Hjemplan.service
do
  if [ ! -s "$root/$f" ]; then
    echo "not installed: $f"
    status=1
  fi
done
exit $status
