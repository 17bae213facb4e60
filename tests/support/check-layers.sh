#!/bin/sh
# The layer rule of docs/ARCHITECTURE.md, checked over the `#include "…"` lines of app/: a folder
# may include its own headers and those of a lower layer, never of its own layer or a higher one
# (so the folders form a graph without cycles), nothing that draws or runs the interface
# includes storage, and no page but the shell (MainWindow, pageservices, playerservices) sees the composition root. A folder missing from the table fails the check, so the table stays true.
#
# Usage: check-layers.sh APP_DIR    (prints every violation; exits 1 if there is one)
set -eu

app=${1:?usage: check-layers.sh APP_DIR}
cd "$app"

rank() {
    case $1 in
    core/util) echo 0 ;;
    core/domain) echo 1 ;;
    core/settings | core/network | core/credentials) echo 2 ;;
    core/i18n) echo 3 ;;
    core/storage) echo 4 ;;
    core/content | core/connector) echo 5 ;;
    core/progress) echo 6 ;;
    core/library) echo 7 ;;
    core/sync) echo 8 ;;
    core) echo 9 ;; # the composition root
    core/models) echo 10 ;;
    ui) echo 11 ;;
    gui | cli) echo 12 ;;
    *) echo "" ;;
    esac
}

# The folder of a path under app/: core/<name> for the core's folders, core for its root files.
folder_of() {
    case $1 in
    core/*/*) echo "$1" | cut -d/ -f1-2 ;;
    core/*) echo core ;;
    *) echo "$1" | cut -d/ -f1 ;;
    esac
}

status=0
checked=0
edges=$(mktemp)
trap 'rm -f "$edges"' EXIT

for file in $(find core ui gui cli -name '*.h' -o -name '*.cpp' | sort); do
    from=$(folder_of "$file")
    from_rank=$(rank "$from")
    if [ -z "$from_rank" ]; then
        echo "layers: $file is in $from, which has no layer: add it to check-layers.sh and ARCHITECTURE.md"
        status=1
        continue
    fi
    dir=$(dirname "$file")
    for include in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file"); do
        if [ -f "$dir/$include" ]; then
            target=$(folder_of "$(realpath --relative-to=. "$dir/$include")")
        elif [ -f "core/$include" ]; then
            target=$(folder_of "core/$include")
        elif [ -f "ui/$include" ]; then
            target=ui
        else
            continue # generated (moc, uic) or from outside app/
        fi
        checked=$((checked + 1))
        [ "$target" = "$from" ] && continue
        echo "$from -> $target" >>"$edges"
        to_rank=$(rank "$target")
        if [ "$to_rank" -ge "$from_rank" ]; then
            echo "layers: $file includes $include: $from (layer $from_rank) may not use $target (layer $to_rank)"
            status=1
        fi
        # The pages get their Services; only the shell and the page wiring see the root.
        if [ "$from:$include" = "ui:appcontext.h" ]; then
            case "$file" in
            ui/mainwindow.* | ui/pageservices.* | ui/playerservices.*) ;;
            *)
                echo "layers: $file includes appcontext.h: a page receives its Services instead"
                status=1
                ;;
            esac
        fi
        case "$from:$target" in
        ui:core/storage | gui:core/storage | cli:core/storage | core/models:core/storage)
            echo "layers: $file includes $include: $from may not use storage (go through a service)"
            status=1
            ;;
        esac
    done
done

echo "layers: folder graph from $checked includes:"
sort -u "$edges" | sed 's/^/  /'
if [ $status -eq 0 ]; then
    echo "layers: OK, no include goes up or sideways, and the interface does not touch storage"
fi
exit $status
