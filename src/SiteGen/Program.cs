return await SiteGen.Cli.CommandLine.RunAsync(args);
