//! Ordered parallel coding: one producer thread reads jobs, worker threads code them, and the
//! calling thread consumes the results in the producer's order (so that the store's rows come
//! out the same on every run, whatever the thread timing).

use std::collections::BTreeMap;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

/// Runs `produce` on a thread of its own, `work` on one thread per worker (`workers`), and
/// `consume` on the calling thread in production order. `produce` gets a function that queues one job and
/// returns false once the pipeline has stopped (because `consume` failed). The first error of
/// `consume`, else of `produce`, is returned.
pub fn run<Job, Output, Worker>(
    workers: Vec<Worker>,
    produce: impl FnOnce(&mut dyn FnMut(Job) -> bool) -> anyhow::Result<()> + Send,
    work: impl Fn(&Worker, Job) -> Output + Sync,
    mut consume: impl FnMut(Output) -> anyhow::Result<()>,
) -> anyhow::Result<()>
where
    Job: Send,
    Output: Send,
    Worker: Send,
{
    anyhow::ensure!(!workers.is_empty(), "at least one worker thread is needed");
    let threads = workers.len();
    let (job_sender, job_receiver) = sync_channel::<(u64, Job)>(threads * 4);
    let job_receiver = Arc::new(Mutex::new(job_receiver));
    let (output_sender, output_receiver) = sync_channel::<(u64, Output)>(threads * 4);
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || {
            let mut sequence = 0u64;
            produce(&mut |job| {
                let sent = job_sender.send((sequence, job)).is_ok();
                sequence += 1;
                sent
            })
        });
        for worker in workers {
            let jobs = Arc::clone(&job_receiver);
            let outputs = output_sender.clone();
            let work = &work;
            scope.spawn(move || {
                while let Some((sequence, job)) = next_job(&jobs) {
                    if outputs.send((sequence, work(&worker, job))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(job_receiver);
        drop(output_sender);
        let mut failure = None;
        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        'receive: for (sequence, output) in output_receiver.iter() {
            pending.insert(sequence, output);
            while let Some(output) = pending.remove(&next) {
                next += 1;
                if let Err(error) = consume(output) {
                    failure = Some(error);
                    break 'receive;
                }
            }
        }
        // Dropping the receiver stops the workers; when the last one ends, the job channel
        // closes and the producer's next send fails, so every thread ends.
        drop(output_receiver);
        let produced = producer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the input reader panicked")));
        match failure {
            Some(error) => Err(error),
            None => produced,
        }
    })
}

fn next_job<Job>(jobs: &Mutex<Receiver<(u64, Job)>>) -> Option<(u64, Job)> {
    let receiver = jobs.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    receiver.recv().ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn outputs_come_in_input_order_and_errors_stop_the_pipeline() {
        let mut seen = Vec::new();
        super::run(
            vec![(); 3],
            |send| {
                for number in 0..200u64 {
                    if !send(number) {
                        break;
                    }
                }
                Ok(())
            },
            |_, number| {
                // Uneven work, so that outputs finish out of order.
                std::thread::sleep(std::time::Duration::from_micros((number * 7919) % 300));
                number * 2
            },
            |output| {
                seen.push(output);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..200).map(|number| number * 2).collect::<Vec<_>>());
        let mut consumed = 0;
        let error = super::run(
            vec![(); 2],
            |send| {
                for number in 0..100_000u64 {
                    if !send(number) {
                        break;
                    }
                }
                Ok(())
            },
            |_, number| number,
            |number| {
                consumed += 1;
                anyhow::ensure!(number < 10, "stop at {number}");
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(error.to_string(), "stop at 10");
        assert_eq!(consumed, 11);
    }
}
