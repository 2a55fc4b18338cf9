using Xunit;

// One whole system at a time: two at once would share two cores with everything else and time out.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
