use clap::Parser;
use std::process::ExitCode;

// Rendering a page allocates many small strings: mimalloc serves them faster than glibc's
// allocator and returns memory instead of keeping per-thread arenas (scripts/bench.sh).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = tifawt_server::config::Cli::parse();
    match tifawt_server::run(cli).await {
        Ok(code) => code,
        Err(error) => {
            // `{:#}` prints the whole chain: "cannot open database …: unable to open file".
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
