// The baseline of the build benchmark: the cost of starting a .NET process at all.
System.Console.WriteLine("Hello, world.");
