use clap::Parser;
use std::process::ExitCode;

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
