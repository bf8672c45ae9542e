#!/usr/bin/env bash
# Check the public constants and struct layouts against a committed baseline.
#
#   tests/abi/check-layout.sh COMPILER INCLUDE_DIR BASELINE WORK_DIR [--update]
#
# abidiff only sees types reachable from exported functions. Some of the ABI
# is not: status codes and field numbers travel as plain int, flag macros
# are compiled into callers, and the plugin structs of newsdoc/sys/plugin.h
# cross the host/plugin boundary without any exported function. So this
# script reads every public header, lists each enumerator, each integer
# macro NEWSDOC_*, and each member of every struct, compiles a program that
# prints their values, sizes and offsets, and compares with BASELINE
# (tests/abi/layout.txt):
#   - an enumerator or integer macro keeps its value (*_OPTIONS_VERSION,
#     *_INTERFACE_VERSION and *_COUNT may only grow; NEWSDOC_VERSION_* are
#     not checked);
#   - a struct member keeps its offset; a struct keeps its size, except one
#     whose first member is `version` or `struct_size`, which may grow;
#   - additions are fine and listed.
# Sizes and offsets are compared only on the architecture the baseline was
# made on (x86_64). --update rewrites BASELINE (tests/abi/update-baseline.sh
# does it together with the abidiff baseline).
set -euo pipefail
export LC_ALL=C
cc=${1:?usage: check-layout.sh COMPILER INCLUDE_DIR BASELINE WORK_DIR [--update]}
inc=$(cd "${2:?}" && pwd)
baseline=${3:?}
work=${4:?}
update=0
[ "${5:-}" = --update ] && update=1

rm -rf "$work"
mkdir -p "$work"
headers=()
for h in "$inc"/newsdoc.h "$inc"/newsdoc/*.h "$inc"/newsdoc/sys/*.h; do
	[ -f "$h" ] && headers+=("$h")
done

# The items, one per line: "enum NAME", "macro NAME", "struct TAG first-member",
# "member TAG NAME".
perl -e '
	my (%seen, @out);
	sub put { my $l = shift; push @out, $l unless $seen{$l}++; }
	for my $file (@ARGV) {
		open(my $fh, "<", $file) or die "$file: $!\n";
		local $/;
		my $src = <$fh>;
		close $fh;
		$src =~ s{/\*.*?\*/}{ }gs;
		# object-like integer macros
		while ($src =~ /^[ \t]*#[ \t]*define[ \t]+(NEWSDOC_\w+)[ \t]+([^\n]*?)[ \t]*$/mg) {
			my ($name, $val) = ($1, $2);
			next if $name =~ /_H$/ || $val =~ /\\$/;
			next unless $val =~ /^[\sA-Za-z0-9_()<>|&~+\-*]+$/ && $val =~ /^[^a-z]*[0-9]|NEWSDOC_/;
			put("macro $name");
		}
		$src =~ s{^[ \t]*#(?:[^\n]*\\\n)*[^\n]*}{}mg;
		while ($src =~ /\benum\s*\w*\s*\{([^{}]*)\}/g) {
			for my $e (split /,/, $1) {
				put("enum $1") if $e =~ /^\s*([A-Za-z_]\w*)/;
			}
		}
		while ($src =~ /\bstruct\s+(\w+)\s*\{([^{}]*)\}/g) {
			my ($tag, $body) = ($1, $2);
			my @members;
			for my $d (split /;/, $body) {
				next unless $d =~ /\S/;
				if ($d =~ /\(\s*\*\s*(\w+)\s*\)\s*\(/) { push @members, $1; next; }
				$d =~ s/\[[^\]]*\]//g;
				push @members, $1 if $d =~ /(\w+)\s*$/;
			}
			next unless @members;
			put("struct $tag $members[0]");
			put("member $tag $_") for @members;
		}
	}
	print "$_\n" for @out;
' "${headers[@]}" >"$work/items"

{
	echo '#include <stddef.h>'
	echo '#include <stdio.h>'
	for h in "${headers[@]}"; do echo "#include \"$h\""; done
	echo 'int main(void)'
	echo '{'
	echo '	printf("arch %s %u\n", NEWSDOC_LAYOUT_ARCH, (unsigned)(sizeof(void *) * 8));'
	while read -r kind a b; do
		case $kind in
		enum | macro) echo "	printf(\"$kind $a %lld\\n\", (long long)($a));" ;;
		struct) echo "	printf(\"size $a %lu $b\\n\", (unsigned long)sizeof(struct $a));" ;;
		member) echo "	printf(\"offset $a.$b %lu\\n\", (unsigned long)offsetof(struct $a, $b));" ;;
		esac
	done <"$work/items"
	echo '	return 0;'
	echo '}'
} >"$work/layout.c"
"$cc" -std=c99 -w -DNEWSDOC_LAYOUT_ARCH="\"$(uname -m)\"" -I"$inc" "$work/layout.c" -o "$work/layout" ||
	{ echo "FAIL: could not compile the layout program ($work/layout.c)"; exit 1; }
"$work/layout" >"$work/current"

if [ $update -eq 1 ]; then
	{
		echo "# Public constants and struct layouts of libnewsdoc; made by"
		echo "# tests/abi/check-layout.sh --update (tests/abi/update-baseline.sh)."
		cat "$work/current"
	} >"$baseline"
	echo "wrote $baseline ($(grep -vc '^#' "$baseline") lines)"
	exit 0
fi
[ -f "$baseline" ] || { echo "FAIL: no baseline $baseline; make it with tests/abi/update-baseline.sh"; exit 1; }

perl -e '
	my ($base, $cur) = @ARGV;
	sub load {
		my %h; my @order; my $arch = "";
		open(my $fh, "<", shift) or die "$!\n";
		while (<$fh>) {
			chomp;
			next if /^#/ || !/\S/;
			my ($kind, $name, $val, $first) = split / /;
			if ($kind eq "arch") { $arch = "$name $val"; next; }
			$h{"$kind $name"} = [$val, $first // ""];
			push @order, "$kind $name";
		}
		return (\%h, \@order, $arch);
	}
	my ($b, $border, $barch) = load($base);
	my ($c, $corder, $carch) = load($cur);
	my $layout = $barch eq $carch;
	my ($fail, $added) = (0, 0);
	for my $k (@$border) {
		my ($kind, $name) = split / /, $k;
		next if $kind eq "macro" && $name =~ /^NEWSDOC_VERSION_/;
		next if !$layout && ($kind eq "size" || $kind eq "offset");
		my $old = $b->{$k}[0];
		if (!exists $c->{$k}) {
			print "FAIL: $kind $name ($old) is gone\n"; $fail = 1; next;
		}
		my $new = $c->{$k}[0];
		next if $new == $old;
		if ($kind eq "macro" && $name =~ /_(OPTIONS_VERSION|INTERFACE_VERSION|COUNT)$/ && $new > $old) {
			print "ok: $name grew from $old to $new\n"; next;
		}
		if ($kind eq "size" && $new > $old && $b->{$k}[1] =~ /^(version|struct_size)$/) {
			print "ok: struct $name grew from $old to $new bytes (versioned by $b->{$k}[1])\n"; next;
		}
		print "FAIL: $kind $name changed from $old to $new\n";
		$fail = 1;
	}
	for my $k (@$corder) {
		next if exists $b->{$k};
		print "new: $k $c->{$k}[0]\n";
		$added++;
	}
	print "note: baseline made on $barch, this is $carch: sizes and offsets not compared\n" unless $layout;
	if (!$fail) {
		printf "OK: %d constants and layout entries unchanged%s\n", scalar(@$border),
			$added ? ", $added added" : "";
	}
	exit $fail;
' "$baseline" "$work/current"
