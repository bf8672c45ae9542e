# Shared helpers for the ABI scripts in tests/abi/ (sourced, not run).
# Parsing is done with perl, which every Debian system has (perl-base).

# header_symbols INCLUDE_DIR
#   Print, sorted, every function declared with NEWSDOC_EXTERN(type) name(...)
#   in INCLUDE_DIR/newsdoc.h, INCLUDE_DIR/newsdoc/*.h, INCLUDE_DIR/newsdoc/sys/*.h.
#   Comments and preprocessor lines are ignored. A NEWSDOC_EXTERN use that
#   is not a plain function declaration (a variable, a function-pointer
#   return type) is an error, so nothing public can slip past the checks.
header_symbols() {
	local inc=$1
	local files=()
	local f
	for f in "$inc"/newsdoc.h "$inc"/newsdoc/*.h "$inc"/newsdoc/sys/*.h; do
		[ -f "$f" ] && files+=("$f")
	done
	if [ ${#files[@]} -eq 0 ]; then
		echo "error: no public headers under $inc" >&2
		return 1
	fi
	perl -e '
		my $bad = 0;
		my %seen;
		for my $file (@ARGV) {
			open(my $fh, "<", $file) or die "$file: $!\n";
			local $/;
			my $src = <$fh>;
			close $fh;
			$src =~ s{/\*.*?\*/}{ }gs;                      # comments
			$src =~ s{//[^\n]*}{}g;
			$src =~ s{^[ \t]*#(?:[^\n]*\\\n)*[^\n]*}{}mg;   # preprocessor lines
			my $uses = () = $src =~ /\bNEWSDOC_EXTERN\s*\(/g;
			my $found = 0;
			while ($src =~ /\bNEWSDOC_EXTERN\s*\(([^()]*)\)\s*([A-Za-z_]\w*)\s*\(/g) {
				$seen{$2} = 1;
				$found++;
			}
			if ($found != $uses) {
				print STDERR "error: $file: $uses NEWSDOC_EXTERN uses but only $found plain function declarations\n";
				$bad = 1;
			}
		}
		print "$_\n" for sort keys %seen;
		exit $bad;
	' "${files[@]}"
}

# map_symbols MAP
#   Print "symbol node" for every global symbol of the version script, in
#   file order. Fails on a syntax the parser does not understand.
map_symbols() {
	perl -e '
		local $/;
		my $map = <>;
		$map =~ s{/\*.*?\*/}{ }gs;
		$map =~ s{#[^\n]*}{}g;
		my $rest = $map;
		while ($rest =~ s/^\s*([A-Za-z_][\w.]*)\s*\{(.*?)\}\s*([A-Za-z_][\w.]*)?\s*;//s) {
			my ($node, $body) = ($1, $2);
			my $section = "global";
			for my $tok (split /;/, $body) {
				$tok =~ s/^\s+|\s+$//g;
				next if $tok eq "";
				if ($tok =~ s/^(global|local)\s*:\s*//) {
					$section = $1;
					next if $tok eq "";
				}
				next if $section ne "global";
				die "error: unexpected pattern \"$tok\" in node $node\n" if $tok !~ /^[A-Za-z_]\w*$/;
				print "$tok $node\n";
			}
		}
		die "error: cannot parse the version script near: " . substr($rest, 0, 60) . "\n" if $rest =~ /\S/;
	' "$1"
}

# map_nodes MAP: the version node names in file order.
map_nodes() {
	perl -e '
		local $/;
		my $map = <>;
		$map =~ s{/\*.*?\*/}{ }gs;
		print "$1\n" while $map =~ /([A-Za-z_][\w.]*)\s*\{/g;
	' "$1"
}
